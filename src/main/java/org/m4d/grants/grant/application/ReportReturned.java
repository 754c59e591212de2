package org.m4d.grants.grant.application;

/** A verifier returned a tranche's report to the applicant, saying what to correct. Fired inside its transaction. */
public record ReportReturned(String tenantId, long proposalId, int tranche, String note, String actor) {
}
