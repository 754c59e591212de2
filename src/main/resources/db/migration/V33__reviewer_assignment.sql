-- Balanced reviewer assignment (issue 14, docs/adr/0032): each agency's review is given to one
-- eligible reviewer, and every choice (by the rule or by a coordinator, with the reason) is kept;
-- the last one of a reviewer breaks ties between reviewers with as many open reviews.
CREATE TABLE review_assignment (
    id            BIGINT        PRIMARY KEY,
    tenant_id     VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    proposal_id   BIGINT        NOT NULL REFERENCES proposal (id),
    review_round  INTEGER       NOT NULL,
    agency        VARCHAR(10)   NOT NULL,
    reviewer      VARCHAR(100),
    assigned_at   TIMESTAMP     NOT NULL,
    assigned_by   VARCHAR(100)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL
);
CREATE INDEX review_assignment_proposal ON review_assignment (tenant_id, proposal_id);
CREATE INDEX review_assignment_reviewer ON review_assignment (tenant_id, agency, reviewer, assigned_at);

-- a reviewer away (leave, mission) from one day to another, both included, is not given reviews
ALTER TABLE user_account ADD COLUMN away_from DATE;
ALTER TABLE user_account ADD COLUMN away_to DATE;
