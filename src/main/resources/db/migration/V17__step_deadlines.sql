-- Deadlines on every human step: a country's periods and escalations for endorsement, approval,
-- report verification and tranche release, and how long before a step is due its people are
-- reminded. Rows saved before get the configured defaults' values.
ALTER TABLE tenant_settings ADD COLUMN endorsement_period VARCHAR(20) DEFAULT 'P10D' NOT NULL;
ALTER TABLE tenant_settings ADD COLUMN endorsement_escalation VARCHAR(20) DEFAULT 'P20D' NOT NULL;
ALTER TABLE tenant_settings ADD COLUMN approval_period VARCHAR(20) DEFAULT 'P10D' NOT NULL;
ALTER TABLE tenant_settings ADD COLUMN approval_escalation VARCHAR(20) DEFAULT 'P20D' NOT NULL;
ALTER TABLE tenant_settings ADD COLUMN verification_period VARCHAR(20) DEFAULT 'P10D' NOT NULL;
ALTER TABLE tenant_settings ADD COLUMN verification_escalation VARCHAR(20) DEFAULT 'P20D' NOT NULL;
ALTER TABLE tenant_settings ADD COLUMN release_period VARCHAR(20) DEFAULT 'P10D' NOT NULL;
ALTER TABLE tenant_settings ADD COLUMN release_escalation VARCHAR(20) DEFAULT 'P20D' NOT NULL;
ALTER TABLE tenant_settings ADD COLUMN reminder_lead VARCHAR(20) DEFAULT 'P2D' NOT NULL;
