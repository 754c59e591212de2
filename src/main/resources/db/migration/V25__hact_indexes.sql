-- Lookups of issue 11 that had no index: the open findings raised on a grant (asked by the release
-- gate before every payment, beside those of its partner), an activity's findings (its follow-up step),
-- a grant's assurance activities, and the foreign keys of versions and proposals.
CREATE INDEX finding_grant_open ON finding (tenant_id, proposal_id, status, priority);
CREATE INDEX finding_activity ON finding (activity_id);
CREATE INDEX assurance_activity_grant ON assurance_activity (tenant_id, proposal_id);
CREATE INDEX agreement_version_amendment ON agreement_version (amendment_id);
CREATE INDEX proposal_partner_idx ON proposal (tenant_id, partner_id);
