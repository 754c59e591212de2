-- The proposal's profile: level, outcomes, intervention areas, SDG targets, GCM
-- objectives, markers, partners, beneficiaries by sex, co-financing, dates, budget lines and the
-- results framework. Sets are kept as comma-separated codes.
ALTER TABLE proposal ADD COLUMN level VARCHAR(20);
ALTER TABLE proposal ADD COLUMN outcomes VARCHAR(20);
ALTER TABLE proposal ADD COLUMN intervention_areas VARCHAR(300);
ALTER TABLE proposal ADD COLUMN sdg_targets VARCHAR(300);
ALTER TABLE proposal ADD COLUMN gcm_objectives VARCHAR(100);
ALTER TABLE proposal ADD COLUMN gender_marker INTEGER;
ALTER TABLE proposal ADD COLUMN covid_recovery BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE proposal ADD COLUMN partners VARCHAR(100);
ALTER TABLE proposal ADD COLUMN migrants_women INTEGER;
ALTER TABLE proposal ADD COLUMN migrants_men INTEGER;
ALTER TABLE proposal ADD COLUMN families_women INTEGER;
ALTER TABLE proposal ADD COLUMN families_men INTEGER;
ALTER TABLE proposal ADD COLUMN host_women INTEGER;
ALTER TABLE proposal ADD COLUMN host_men INTEGER;
ALTER TABLE proposal ADD COLUMN co_financing NUMERIC(19,3);
ALTER TABLE proposal ADD COLUMN start_date DATE;
ALTER TABLE proposal ADD COLUMN end_date DATE;

CREATE TABLE proposal_budget_line (
    proposal_id  BIGINT        NOT NULL REFERENCES proposal (id),
    line_no      INTEGER       NOT NULL,
    description  VARCHAR(300)  NOT NULL,
    amount       NUMERIC(19,3) NOT NULL,
    PRIMARY KEY (proposal_id, line_no)
);

CREATE TABLE proposal_indicator (
    proposal_id  BIGINT        NOT NULL REFERENCES proposal (id),
    line_no      INTEGER       NOT NULL,
    name         VARCHAR(300)  NOT NULL,
    unit         VARCHAR(50),
    baseline     NUMERIC(19,3),
    target       NUMERIC(19,3) NOT NULL,
    PRIMARY KEY (proposal_id, line_no)
);
