package org.m4d.grants.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.proposal.application.ProposalDecided;

/** A Nepalese step that announces a rejection, then commits or fails. */
@ApplicationScoped
public class NoticeProbeWork {

    /** The step failed after it announced its decision. */
    public static class StepFailed extends RuntimeException {
        public StepFailed() {
            super("the step failed after announcing its decision");
        }
    }

    @Inject
    Event<ProposalDecided> decisions;

    @Inject
    TenantContext context;

    @Transactional
    public void reject(long proposal, boolean fail) {
        context.runIn("NP", () -> decisions.fire(new ProposalDecided("NP", proposal, ProposalDecided.Outcome.REJECTED,
                "Probe", "np.coordinator")));
        if (fail) {
            throw new StepFailed();
        }
    }
}
