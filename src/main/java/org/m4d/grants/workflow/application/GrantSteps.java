package org.m4d.grants.workflow.application;

import java.util.List;

/**
 * The service steps of an approved grant's implementation, done by the grant context. Each runs in
 * the tenant context of the process instance and joins the engine's transaction.
 */
public interface GrantSteps {

    /** The asynchronous step after approval: the grant agreement, at the dollar rate of the day. */
    void createAgreement(long proposalId, String approvedBy);

    /** The numbers of the grant's tranches, 1 to n, for the sequential tranche cycle. */
    List<Integer> trancheNumbers(long proposalId);

    /** A tranche may now be disbursed: the first at once, the others once their reports are accepted. */
    void openTranche(long proposalId, int tranche);
}
