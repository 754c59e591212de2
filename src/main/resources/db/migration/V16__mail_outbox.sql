-- The outbox: one row per mail, written in the transaction of the step that causes it and
-- delivered after it commits by the sender (docs/adr/0018-mail-outbox.md). Not tenant-scoped by
-- the ORM: the sender works for every country; the administration pages filter on tenant_id.
CREATE TABLE mail_outbox (
    id               BIGINT         PRIMARY KEY,
    tenant_id        VARCHAR(2)     REFERENCES tenant (code),
    recipient        VARCHAR(100)   NOT NULL,
    address          VARCHAR(254)   NOT NULL,
    subject          VARCHAR(400)   NOT NULL,
    text_body        VARCHAR(100000) NOT NULL,
    html_body        VARCHAR(100000) NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP      NOT NULL,
    last_error       VARCHAR(300),
    claim_token      VARCHAR(36),
    claimed_until    TIMESTAMP,
    sent_at          TIMESTAMP,
    message_id       VARCHAR(300),
    version          INTEGER        DEFAULT 0 NOT NULL
);
-- what the sender looks for, oldest due first
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
-- the administrator's lists of the country's sent and failed mail
CREATE INDEX mail_outbox_tenant ON mail_outbox (tenant_id, status, created_at);
