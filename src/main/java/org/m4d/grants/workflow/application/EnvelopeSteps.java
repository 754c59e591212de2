package org.m4d.grants.workflow.application;

/**
 * What the approval decision asks of the call a proposal was made for (ADR 31), answered by the
 * grant context. It runs in the tenant context of the process instance and joins the engine's
 * transaction.
 */
public interface EnvelopeSteps {

    /**
     * Whether approving the proposal would take its country's envelope of its call past the amount:
     * the dollars already approved in the call and country plus this proposal's requested dollars.
     * False for a call without an envelope.
     */
    boolean beyondEnvelope(long proposalId);
}
