-- Grant amendments (no-cost extension, budget revision, change of amount) and the numbered
-- versions of the agreement they make; version 1 is the agreement as approved.
ALTER TABLE grant_agreement ADD COLUMN end_date DATE;
UPDATE grant_agreement SET end_date = (SELECT p.end_date FROM proposal p WHERE p.id = grant_agreement.proposal_id);

CREATE TABLE grant_amendment (
    id                   BIGINT        PRIMARY KEY,
    tenant_id            VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    grant_id             BIGINT        NOT NULL REFERENCES grant_agreement (id),
    amendment_number     INTEGER       NOT NULL,
    kind                 VARCHAR(30)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    requested_by         VARCHAR(100)  NOT NULL,
    requested_at         TIMESTAMP     NOT NULL,
    decided_by           VARCHAR(100),
    decided_at           TIMESTAMP,
    process_instance_id  VARCHAR(64),
    new_end_date         DATE,
    new_amount           NUMERIC(19,3),
    version              BIGINT        NOT NULL,
    UNIQUE (grant_id, amendment_number)
);

-- the budget lines a budget revision asks for
CREATE TABLE grant_amendment_line (
    amendment_id  BIGINT        NOT NULL REFERENCES grant_amendment (id),
    line_no       INTEGER       NOT NULL,
    description   VARCHAR(300)  NOT NULL,
    amount        NUMERIC(19,3) NOT NULL,
    PRIMARY KEY (amendment_id, line_no)
);

CREATE TABLE agreement_version (
    id               BIGINT        PRIMARY KEY,
    tenant_id        VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    grant_id         BIGINT        NOT NULL REFERENCES grant_agreement (id),
    version_number   INTEGER       NOT NULL,
    in_force_from    TIMESTAMP     NOT NULL,
    approved_amount  NUMERIC(19,3) NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    end_date         DATE,
    amendment_id     BIGINT        REFERENCES grant_amendment (id),
    UNIQUE (grant_id, version_number)
);

CREATE TABLE agreement_version_line (
    version_id   BIGINT        NOT NULL REFERENCES agreement_version (id),
    line_no      INTEGER       NOT NULL,
    description  VARCHAR(300)  NOT NULL,
    amount       NUMERIC(19,3) NOT NULL,
    PRIMARY KEY (version_id, line_no)
);

-- Version 1 of every existing grant takes the grant's own id: the shared sequence never hands out
-- an id twice, so it cannot clash with a version created later.
INSERT INTO agreement_version (id, tenant_id, grant_id, version_number, in_force_from, approved_amount, currency,
                               end_date, amendment_id)
SELECT g.id, g.tenant_id, g.id, 1, g.approved_at, g.approved_amount, g.currency, g.end_date, NULL
FROM grant_agreement g;

INSERT INTO agreement_version_line (version_id, line_no, description, amount)
SELECT g.id, b.line_no, b.description, b.amount
FROM grant_agreement g JOIN proposal_budget_line b ON b.proposal_id = g.proposal_id;
