-- Grant implementation: tranche plans, disbursements per tranche, progress and financial reports, closure.
ALTER TABLE grant_agreement ADD COLUMN status VARCHAR(20) DEFAULT 'AGREED' NOT NULL;
ALTER TABLE grant_agreement ADD COLUMN closed_at TIMESTAMP;

CREATE TABLE tranche (
    id              BIGINT        PRIMARY KEY,
    tenant_id       VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    grant_id        BIGINT        NOT NULL REFERENCES grant_agreement (id),
    tranche_number  INTEGER       NOT NULL,
    percentage      NUMERIC(7,4)  NOT NULL,
    amount          NUMERIC(19,3) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    opened_at       TIMESTAMP,
    released_at     TIMESTAMP,
    version         BIGINT        NOT NULL,
    UNIQUE (grant_id, tranche_number)
);

ALTER TABLE disbursement ADD COLUMN tranche_number INTEGER;

-- every submission is kept; verification applies to the latest one of a tranche
CREATE TABLE report (
    id                     BIGINT        PRIMARY KEY,
    tenant_id              VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    grant_id               BIGINT        NOT NULL REFERENCES grant_agreement (id),
    tranche_number         INTEGER       NOT NULL,
    kind                   VARCHAR(20)   NOT NULL,
    narrative              VARCHAR(4000) NOT NULL,
    beneficiaries_reached  INTEGER,
    period_start           DATE          NOT NULL,
    period_end             DATE          NOT NULL,
    authorised_amount      NUMERIC(19,3) NOT NULL,
    expenditure            NUMERIC(19,3) NOT NULL,
    currency               VARCHAR(3)    NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    progress_verdict       VARCHAR(20),
    progress_verified_by   VARCHAR(100),
    financial_verdict      VARCHAR(20),
    financial_verified_by  VARCHAR(100),
    verification_note      VARCHAR(2000),
    submitted_by           VARCHAR(100)  NOT NULL,
    submitted_at           TIMESTAMP     NOT NULL,
    version                BIGINT        NOT NULL
);
CREATE INDEX report_grant ON report (tenant_id, grant_id, tranche_number);
