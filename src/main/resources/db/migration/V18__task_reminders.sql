-- The tasks whose "due soon" reminder went out: one row per task, so a second run or a second
-- node never sends it twice.
CREATE TABLE task_reminder (
    task_id    VARCHAR(64)  PRIMARY KEY,
    tenant_id  VARCHAR(2)   NOT NULL REFERENCES tenant (code),
    sent_at    TIMESTAMP    NOT NULL
);
