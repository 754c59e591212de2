-- The top bar counts a user's unread notifications on every page: one index range per page view.
CREATE INDEX notification_unread ON notification (recipient, read_at);

-- One digest per user, country and local day: a second node that composes the same digest
-- fails on this key and rolls back, so nobody gets a day's digest twice.
-- No mail_id: the user had no address (or was disabled), and the day is closed all the same.
CREATE TABLE digest_sent (
    recipient  VARCHAR(100)  NOT NULL REFERENCES user_account (username),
    tenant_id  VARCHAR(2)    NOT NULL REFERENCES tenant (code),
    local_day  DATE          NOT NULL,
    mail_id    BIGINT,
    items      INTEGER       NOT NULL,
    sent_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (recipient, tenant_id, local_day)
);
