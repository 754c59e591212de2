package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.grant.domain.Amendment;
import org.m4d.grants.grant.domain.AmendmentKind;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.application.DecisionPayload;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.testing.ActiveTransaction;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.application.Steps;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantAmendment;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The amendment's two decision steps: who takes them, what a yes or a no needs, what they record. */
class AmendmentHandlersTest {

    private final UseCases app = new UseCases();
    private final AmendmentDecisions decisions = Wiring.wire(new AmendmentDecisions(), app.access, app.amendments,
            Wiring.wire(new AuditTrail(), app.audit, new ActiveTransaction()));
    private final ReviewAmendment review = Wiring.wire(new ReviewAmendment(), app.access, decisions);
    private final ApproveAmendment approve = Wiring.wire(new ApproveAmendment(), app.access, decisions);
    private final long proposal;
    private final Amendment amendment;

    AmendmentHandlersTest() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        proposal = app.in("NP", () -> app.draft("Clinics", LeadActor.OTHER, "1000000"));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.approve(proposal));
        app.in("NP", () -> app.grants.createAgreement(proposal, "np.coordinator"));
        amendment = app.in("NP", () -> app.amendments.request(proposal, new AmendmentRequest(
                AmendmentKind.AMOUNT_CHANGE, "Second district", null, new BigDecimal("1500000"), null)));
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private TaskStep step(String key, String authority) {
        return Steps.step(key, proposal, null, authority == null
                ? Map.of(GrantAmendment.VAR_AMENDMENT_ID, amendment.id())
                : Map.of(GrantAmendment.VAR_AMENDMENT_ID, amendment.id(), GrantLifecycle.VAR_APPROVAL_AUTHORITY, authority));
    }

    @Test
    void theCoordinatorReviewsAndTheYesIsRecordedInTheHistory() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        TaskStep step = step(GrantAmendment.REVIEW_AMENDMENT, null);
        app.in("NP", () -> review.authorize(step));

        Map<String, Object> variables = app.in("NP", () -> review.apply(step, new DecisionPayload(Decision.ACCEPT, null)));

        assertThat(variables).containsExactlyInAnyOrderEntriesOf(Map.of(GrantAmendment.VAR_ACCEPTED, true,
                GrantAmendment.VAR_DECIDED_BY, "np.coordinator"));
        AuditEntry entry = app.in("NP", () -> app.lastEntryOn(proposal));
        assertThat(entry.action()).isEqualTo("AMENDMENT_REVIEWED");
        assertThat(entry.detail()).isEqualTo("Amendment 1 (AMOUNT_CHANGE) accepted");
    }

    @Test
    void theCoordinatorWhoAskedForAnAmendmentDoesNotReviewIt() {
        app.in("NP", () -> app.amendments.apply(proposal, amendment.id(), "pmu"));
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        Amendment own = app.in("NP", () -> app.amendments.request(proposal, new AmendmentRequest(
                AmendmentKind.AMOUNT_CHANGE, "Third district", null, new BigDecimal("1600000"), null)));
        TaskStep step = Steps.step(GrantAmendment.REVIEW_AMENDMENT, proposal, null,
                Map.of(GrantAmendment.VAR_AMENDMENT_ID, own.id()));

        assertThatThrownBy(() -> app.in("NP", () -> review.authorize(step))).isInstanceOf(ForbiddenException.class)
                .hasMessage("An amendment is reviewed by another coordinator than the one who asked for it");
        app.user.as("np.coordinator2", "NP", Role.COORDINATOR);
        app.in("NP", () -> review.authorize(step));
    }

    @Test
    void aRefusalNeedsAReasonAndAnAmendmentIsNeverReturnedForRevision() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        TaskStep step = step(GrantAmendment.REVIEW_AMENDMENT, null);

        assertThatThrownBy(() -> app.in("NP", () -> review.apply(step, new DecisionPayload(Decision.REJECT, " "))))
                .isInstanceOf(DomainException.class).hasMessage("Give the applicant a reason");
        assertThatThrownBy(() -> app.in("NP", () -> review.apply(step, new DecisionPayload(Decision.REVISE, "x"))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.amendment.noRevision");
        Map<String, Object> no = app.in("NP", () -> review.apply(step, new DecisionPayload(Decision.REJECT, "Too late")));
        assertThat(no).containsEntry(GrantAmendment.VAR_ACCEPTED, false);
        assertThat(app.in("NP", () -> app.lastEntryOn(proposal)).detail())
                .isEqualTo("Amendment 1 (AMOUNT_CHANGE) refused: Too late");
    }

    @Test
    void theApproverIsPmuWhenTheTableSaysGlobalAndACoordinatorOtherwise() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThatThrownBy(() -> app.in("NP", () -> approve.authorize(step(GrantAmendment.APPROVE_AMENDMENT, "global"))))
                .isInstanceOf(ForbiddenException.class);
        app.in("NP", () -> approve.authorize(step(GrantAmendment.APPROVE_AMENDMENT, "country")));

        app.user.as("pmu", "NP", Role.PMU);
        app.in("NP", () -> approve.authorize(step(GrantAmendment.APPROVE_AMENDMENT, "global")));
        assertThatThrownBy(() -> app.in("NP", () -> approve.authorize(step(GrantAmendment.APPROVE_AMENDMENT, "country"))))
                .isInstanceOf(ForbiddenException.class);
        Map<String, Object> yes = app.in("NP", () -> approve.apply(step(GrantAmendment.APPROVE_AMENDMENT, "global"),
                new DecisionPayload(Decision.ACCEPT, "Fine")));
        assertThat(yes).containsEntry(GrantAmendment.VAR_APPROVED, true).containsEntry(GrantAmendment.VAR_DECIDED_BY, "pmu");
        assertThat(app.in("NP", () -> app.lastEntryOn(proposal)).action()).isEqualTo("AMENDMENT_DECIDED");
    }

    @Test
    void financeDoesNotReviewAnAmendment() {
        app.user.as("np.finance", "NP", Role.FINANCE);
        assertThatThrownBy(() -> app.in("NP", () -> review.authorize(step(GrantAmendment.REVIEW_AMENDMENT, null))))
                .isInstanceOf(ForbiddenException.class);
    }
}
