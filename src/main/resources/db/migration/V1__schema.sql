-- Application tables. The workflow engine creates its own ACT_* tables.
-- Kept to SQL that H2 (embedded default) and PostgreSQL both accept.

CREATE SEQUENCE m4d_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE programme (
    id          VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    donor       VARCHAR(200) NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL
);

CREATE TABLE programme_outcome (
    programme_id VARCHAR(40)   NOT NULL REFERENCES programme (id),
    number       INTEGER       NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (programme_id, number)
);

CREATE TABLE tenant (
    code            VARCHAR(2)   PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    languages       VARCHAR(40)  NOT NULL,
    grant_eligible  BOOLEAN      NOT NULL
);

CREATE TABLE user_account (
    username       VARCHAR(100) PRIMARY KEY,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(500) NOT NULL,
    enabled        BOOLEAN      NOT NULL
);

-- tenant_code is NULL for the global roles (pmu, observer)
CREATE TABLE membership (
    username     VARCHAR(100) NOT NULL REFERENCES user_account (username),
    tenant_code  VARCHAR(2)   REFERENCES tenant (code),
    role         VARCHAR(40)  NOT NULL,
    agency       VARCHAR(10)
);
CREATE INDEX membership_user ON membership (username);

CREATE TABLE proposal (
    id                   BIGINT        PRIMARY KEY,
    tenant_id            VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    title                VARCHAR(300)  NOT NULL,
    sector               VARCHAR(40)   NOT NULL,
    requested_amount     NUMERIC(19,3) NOT NULL,
    currency             VARCHAR(3)    NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    submitted_at         TIMESTAMP,
    process_instance_id  VARCHAR(64),
    version              BIGINT        NOT NULL
);
CREATE INDEX proposal_tenant_state ON proposal (tenant_id, state);

CREATE TABLE grant_agreement (
    id               BIGINT        PRIMARY KEY,
    tenant_id        VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    proposal_id      BIGINT        NOT NULL UNIQUE REFERENCES proposal (id),
    approved_amount  NUMERIC(19,3) NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    approved_by      VARCHAR(100)  NOT NULL,
    approved_at      TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL
);

-- append-only: no UPDATE or DELETE is ever issued on this table
CREATE TABLE disbursement (
    id            BIGINT        PRIMARY KEY,
    tenant_id     VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    grant_id      BIGINT        NOT NULL REFERENCES grant_agreement (id),
    amount        NUMERIC(19,3) NOT NULL,
    currency      VARCHAR(3)    NOT NULL,
    disbursed_on  DATE          NOT NULL,
    reference     VARCHAR(100)  NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMP     NOT NULL
);
CREATE INDEX disbursement_grant ON disbursement (grant_id);

-- append-only audit trail
CREATE TABLE audit_entry (
    id            BIGINT        PRIMARY KEY,
    tenant_id     VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    occurred_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    subject_type  VARCHAR(40)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    from_state    VARCHAR(20),
    to_state      VARCHAR(20),
    detail        VARCHAR(1000)
);
CREATE INDEX audit_subject ON audit_entry (tenant_id, subject_type, subject_id);
