package org.m4d.grants.grant.application;

/** A disbursement was recorded on a grant (not a replayed request). Fired inside its transaction. */
public record DisbursementRecorded(String tenantId, long proposalId, int tranche, String actor) {
}
