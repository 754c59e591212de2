package org.m4d.grants.workflow.application;

/** The assurance a partner is owed in a year, as the assurance-plan decision table gives it. */
public record AssurancePlan(int programmaticVisits, int spotChecks, boolean scheduledAudit) {
}
