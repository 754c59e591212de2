-- A withdrawn proposal says why.
ALTER TABLE proposal ADD COLUMN withdrawal_reason VARCHAR(1000);
