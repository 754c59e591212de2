-- Implementing partners of a country (HACT) and their micro-assessments.
-- name_key is the name trimmed and lower-cased by the application: a unique index on lower(name)
-- is not portable to H2, and two partners of a country must not differ only by case.
CREATE TABLE partner (
    id                   BIGINT        PRIMARY KEY,
    tenant_id            VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    name                 VARCHAR(200)  NOT NULL,
    name_key             VARCHAR(200)  NOT NULL,
    type                 VARCHAR(20)   NOT NULL,
    registration_number  VARCHAR(50),
    vendor_number        VARCHAR(50),
    contact_name         VARCHAR(200),
    contact_email        VARCHAR(254),
    contact_phone        VARCHAR(50),
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT partner_name_unique UNIQUE (tenant_id, name_key)
);

-- Append-only: a new assessment supersedes the previous one, which stays as history.
CREATE TABLE risk_assessment (
    id           BIGINT         PRIMARY KEY,
    tenant_id    VARCHAR(2)     NOT NULL REFERENCES tenant (code),
    partner_id   BIGINT         NOT NULL REFERENCES partner (id),
    rating       VARCHAR(20)    NOT NULL,
    assessed_on  DATE           NOT NULL,
    assessor     VARCHAR(200)   NOT NULL,
    valid_until  DATE           NOT NULL,
    note         VARCHAR(1000),
    recorded_by  VARCHAR(100)   NOT NULL,
    recorded_at  TIMESTAMP      NOT NULL
);
CREATE INDEX risk_assessment_partner ON risk_assessment (tenant_id, partner_id, assessed_on);

-- Proposals made before partners existed have none.
ALTER TABLE proposal ADD COLUMN partner_id BIGINT;
ALTER TABLE proposal ADD CONSTRAINT proposal_partner FOREIGN KEY (partner_id) REFERENCES partner (id);
