-- What each user hears about, for the in-app list (and the digest): its recipient's alone.
CREATE TABLE notification (
    id           BIGINT        PRIMARY KEY,
    tenant_id    VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    recipient    VARCHAR(100)  NOT NULL REFERENCES user_account (username),
    kind         VARCHAR(40)   NOT NULL,
    proposal_id  BIGINT,
    task_id      VARCHAR(64),
    summary      VARCHAR(400)  NOT NULL,
    link         VARCHAR(400)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    read_at      TIMESTAMP,
    mail         VARCHAR(20)   NOT NULL
);
CREATE INDEX notification_recipient ON notification (recipient, created_at);
CREATE INDEX notification_digest ON notification (mail, recipient);

-- How a user wants to be e-mailed of each kind; no row: the kind's default.
CREATE TABLE notification_preference (
    username  VARCHAR(100)  NOT NULL REFERENCES user_account (username),
    kind      VARCHAR(40)   NOT NULL,
    mode      VARCHAR(20)   NOT NULL,
    PRIMARY KEY (username, kind)
);
