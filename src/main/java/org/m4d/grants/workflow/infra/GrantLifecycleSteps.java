package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The service steps of the grant lifecycle, called from BPMN expressions. Thin: each reads the
 * tenant and ids from the execution and calls an application service, which joins the engine's
 * transaction.
 */
@Named("grantLifecycle")
@ApplicationScoped
public class GrantLifecycleSteps {

    @Inject
    GrantService grants;

    @Inject
    ProposalService proposals;

    /** Async step after a positive screening: creates the grant agreement. */
    public void createAgreement(DelegateExecution execution) {
        grants.createAgreement(execution.getTenantId(), proposalId(execution),
                (String) execution.getVariable(GrantLifecycle.VAR_APPROVED_BY));
    }

    /** Fired by the non-interrupting timer on an overdue screening. */
    public void remindCoordinator(DelegateExecution execution) {
        proposals.recordScreeningOverdue(execution.getTenantId(), proposalId(execution));
    }

    private static long proposalId(DelegateExecution execution) {
        return ((Number) execution.getVariable(GrantLifecycle.VAR_PROPOSAL_ID)).longValue();
    }
}
