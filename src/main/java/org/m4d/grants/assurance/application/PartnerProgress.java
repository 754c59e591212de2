package org.m4d.grants.assurance.application;

/**
 * One partner's assurance year in a country, planned against done per kind (cancelled activities
 * count in neither), with its findings still open.
 */
public record PartnerProgress(String tenant, long partnerId, String partnerName, int visitsPlanned, int visitsDone,
                              int spotChecksPlanned, int spotChecksDone, int auditsPlanned, int auditsDone,
                              int openFindings, int openHighFindings) {

    /** The sum of two rows, for a country's total. */
    public PartnerProgress plus(PartnerProgress other) {
        return new PartnerProgress(tenant, partnerId, partnerName, visitsPlanned + other.visitsPlanned,
                visitsDone + other.visitsDone, spotChecksPlanned + other.spotChecksPlanned,
                spotChecksDone + other.spotChecksDone, auditsPlanned + other.auditsPlanned,
                auditsDone + other.auditsDone, openFindings + other.openFindings,
                openHighFindings + other.openHighFindings);
    }
}
