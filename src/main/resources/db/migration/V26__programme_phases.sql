-- The programme as data (issue 12): phases with their dates, donor, outcomes and the countries
-- eligible for grants, and the catalogue of programme indicators per outcome. Phase III is moved
-- here from the programme row; eligibility moves from a flag on the country to the phase, so a
-- later phase can change the list without a release.
CREATE TABLE programme_phase (
    id            VARCHAR(40)  PRIMARY KEY,
    programme_id  VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    donor         VARCHAR(200) NOT NULL,
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    CHECK (end_date >= start_date)
);
INSERT INTO programme_phase (id, programme_id, name, donor, start_date, end_date)
 SELECT id, 'M4D', 'Phase III', donor, start_date, end_date FROM programme;

CREATE TABLE phase_outcome (
    phase_id  VARCHAR(40)   NOT NULL REFERENCES programme_phase (id),
    number    INTEGER       NOT NULL,
    title     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (phase_id, number)
);
INSERT INTO phase_outcome (phase_id, number, title)
 SELECT programme_id, number, text FROM programme_outcome;

CREATE TABLE phase_country (
    phase_id     VARCHAR(40) NOT NULL REFERENCES programme_phase (id),
    tenant_code  VARCHAR(2)  NOT NULL REFERENCES tenant (code),
    PRIMARY KEY (phase_id, tenant_code)
);
INSERT INTO phase_country (phase_id, tenant_code)
 SELECT p.id, t.code FROM programme p, tenant t WHERE t.grant_eligible;

-- ids below the start of m4d_seq (1000), which numbers the indicators pmu adds later
CREATE TABLE programme_indicator (
    id        BIGINT       PRIMARY KEY,
    phase_id  VARCHAR(40)  NOT NULL,
    outcome   INTEGER      NOT NULL,
    name      VARCHAR(200) NOT NULL,
    unit      VARCHAR(40)  NOT NULL,
    FOREIGN KEY (phase_id, outcome) REFERENCES phase_outcome (phase_id, number),
    UNIQUE (phase_id, outcome, name)
);
INSERT INTO programme_indicator (id, phase_id, outcome, name, unit) VALUES
 (1, 'M4D-III', 1, 'Migrants and community members reached', 'people'),
 (2, 'M4D-III', 1, 'Services made accessible to migrants', 'services'),
 (3, 'M4D-III', 1, 'Migrants placed in decent work', 'people'),
 (4, 'M4D-III', 2, 'Officials trained', 'people'),
 (5, 'M4D-III', 2, 'Local coordination mechanisms on migration set up', 'mechanisms'),
 (6, 'M4D-III', 2, 'Local plans that mainstream migration', 'plans'),
 (7, 'M4D-III', 3, 'Migration-sensitive policies or plans adopted', 'policies'),
 (8, 'M4D-III', 3, 'Knowledge products published', 'products'),
 (9, 'M4D-III', 3, 'Countries taking part in knowledge-sharing events', 'countries');

DROP TABLE programme_outcome;
DROP TABLE programme;
CREATE TABLE programme (
    id    VARCHAR(40)  PRIMARY KEY,
    name  VARCHAR(200) NOT NULL
);
INSERT INTO programme (id, name) VALUES
 ('M4D', 'IOM-UNDP Global Programme on Making Migration Work for Sustainable Development');
ALTER TABLE programme_phase ADD CONSTRAINT programme_phase_programme FOREIGN KEY (programme_id) REFERENCES programme (id);

ALTER TABLE tenant DROP COLUMN grant_eligible;
