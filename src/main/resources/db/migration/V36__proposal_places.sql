-- The places of a proposal's scale-up (issue 14, docs/adr/0036): municipalities with their region,
-- free text as the applicant writes them, in the applicant's order; duplicate screening compares them.
CREATE TABLE proposal_place (
    proposal_id   BIGINT        NOT NULL REFERENCES proposal (id),
    line_no       INTEGER       NOT NULL,
    region        VARCHAR(100)  NOT NULL,
    municipality  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (proposal_id, line_no)
);
