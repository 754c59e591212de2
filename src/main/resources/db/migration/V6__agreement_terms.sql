-- Grant agreement terms: the dollar rate at approval and the cash-transfer modality.
ALTER TABLE grant_agreement ADD COLUMN usd_rate NUMERIC(19,6);
ALTER TABLE grant_agreement ADD COLUMN modality VARCHAR(30);
