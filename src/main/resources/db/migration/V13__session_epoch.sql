-- "Sign out everywhere": a session remembers the account's epoch at sign-in and ends when the epoch
-- has moved on (the user signed out everywhere, or an administrator disabled the account).
ALTER TABLE user_account ADD COLUMN session_epoch BIGINT DEFAULT 0 NOT NULL;

-- The audit page lists the newest entries of a country first.
CREATE INDEX audit_recent ON audit_entry (tenant_id, occurred_at);
