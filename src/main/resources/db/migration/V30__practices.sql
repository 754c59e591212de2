-- The practice library: what a closed grant taught, written by the coordinator at closing and
-- published to every country only with the consent of the applicant who made the proposal.
CREATE TABLE practice (
    id                     BIGINT        PRIMARY KEY,
    tenant_id              VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    proposal_id            BIGINT        NOT NULL REFERENCES proposal (id),
    title                  VARCHAR(300)  NOT NULL,
    sector                 VARCHAR(30)   NOT NULL,
    summary                VARCHAR(1000) NOT NULL,
    lessons                VARCHAR(4000) NOT NULL,
    beneficiaries_reached  INTEGER,
    applicant              VARCHAR(100)  NOT NULL,
    closed_by              VARCHAR(100)  NOT NULL,
    closed_at              TIMESTAMP     NOT NULL,
    published              BOOLEAN       NOT NULL,
    consent_by             VARCHAR(100),
    consent_at             TIMESTAMP,
    version                BIGINT        NOT NULL,
    UNIQUE (proposal_id)
);

CREATE INDEX practice_published ON practice (tenant_id, published);

-- the programme outcomes (1-3) the proposal contributed to
CREATE TABLE practice_outcome (
    practice_id  BIGINT   NOT NULL REFERENCES practice (id),
    outcome      INTEGER  NOT NULL,
    PRIMARY KEY (practice_id, outcome)
);

-- the results achieved: the value each indicator reached by the final report
CREATE TABLE practice_result (
    practice_id  BIGINT        NOT NULL REFERENCES practice (id),
    line_no      INTEGER       NOT NULL,
    indicator    VARCHAR(300)  NOT NULL,
    actual       NUMERIC(19,3) NOT NULL,
    PRIMARY KEY (practice_id, line_no)
);
