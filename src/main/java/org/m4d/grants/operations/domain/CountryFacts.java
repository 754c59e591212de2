package org.m4d.grants.operations.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a country's tables and the engine hold, as raw as they hold it: no invariant of the owning
 * contexts is applied on the way, so that a row that breaks one is still seen.
 */
public record CountryFacts(String country, List<ProposalFact> proposals, List<LifecycleFact> lifecycles,
                           List<GrantFact> grants, List<TrancheFact> tranches, List<EntryFact> entries,
                           List<AmendmentFact> amendments, List<VersionFact> versions) {

    /** A proposal row: its state and the lifecycle instance it references. */
    public record ProposalFact(long id, String state, String instanceId, BigDecimal requestedAmount, String currency) {
    }

    /**
     * A grant lifecycle of the engine in the country: its proposal (the business key as written),
     * running with the steps it and its implementation wait in, or ended at an end event (null
     * when it ended at none of the lifecycle's own, e.g. deleted).
     */
    public record LifecycleFact(String instanceId, String businessKey, boolean running, Set<String> waiting,
                                String endEvent) {
    }

    /** A grant row. */
    public record GrantFact(long id, Long proposalId, String status, BigDecimal approvedAmount, String currency) {
    }

    /** A tranche row. */
    public record TrancheFact(long id, long grantId, int number, String status, BigDecimal amount) {
    }

    /** A ledger row: a disbursement or a reversal. */
    public record EntryFact(long id, long grantId, String kind, BigDecimal amount, String currency,
                            Integer trancheNumber, Long reversesId) {
    }

    /** An amendment row. */
    public record AmendmentFact(long id, long grantId, int number, String kind, String status, BigDecimal newAmount) {
    }

    /** An agreement version row. */
    public record VersionFact(long id, long grantId, int number, BigDecimal approvedAmount, Long amendmentId) {
    }
}
