-- Disbursement ledger: reversal entries (the only correction) and idempotency keys for retried requests.
ALTER TABLE disbursement ADD COLUMN kind VARCHAR(20) DEFAULT 'DISBURSEMENT' NOT NULL;
ALTER TABLE disbursement ADD COLUMN reverses_id BIGINT REFERENCES disbursement (id);
ALTER TABLE disbursement ADD COLUMN reason VARCHAR(1000);
ALTER TABLE disbursement ADD COLUMN idempotency_key VARCHAR(100);
-- an entry is reversed at most once, and a key records at most once per country
CREATE UNIQUE INDEX disbursement_reversal ON disbursement (reverses_id);
CREATE UNIQUE INDEX disbursement_idempotency ON disbursement (tenant_id, idempotency_key);
