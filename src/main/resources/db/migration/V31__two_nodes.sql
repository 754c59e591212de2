-- Two nodes on one database (docs/adr/0029-sticky-sessions.md). What a node used to keep in its own memory
-- that must hold for the whole app is kept here.

-- Raised by every change of an account (JPA version: password, enabled, roles, session epoch, language, email).
-- A node holds what a request needs of an account and reads only this number per request to know it still holds.
ALTER TABLE user_account ADD COLUMN stamp BIGINT DEFAULT 0 NOT NULL;

-- The sign-in throttle: failed sign-ins per user name within the window, whichever node saw them.
CREATE TABLE sign_in_failure (
    username   VARCHAR(100) NOT NULL,
    failed_at  TIMESTAMP    NOT NULL
);
CREATE INDEX sign_in_failure_name ON sign_in_failure (username, failed_at);
CREATE INDEX sign_in_failure_age ON sign_in_failure (failed_at);

-- One row per name being counted: locked while a failure is counted (so that two nodes count one after the
-- other), and the time until which the name is refused.
CREATE TABLE sign_in_lock (
    username      VARCHAR(100) PRIMARY KEY,
    locked_until  TIMESTAMP
);

-- One row, locked while a node does its start-up work (engine tables and models, demo and reference data),
-- so that two nodes started together do it one after the other and the second finds it done.
CREATE TABLE startup_lock (
    id         INTEGER PRIMARY KEY,
    locked_by  VARCHAR(100),
    locked_at  TIMESTAMP
);
INSERT INTO startup_lock (id) VALUES (1);
