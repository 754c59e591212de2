package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.m4d.grants.workflow.application.Steps.step;
import static org.m4d.grants.workflow.application.Steps.violations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.application.FakeAccess;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.proposal.application.Proposals;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.workflow.application.FakeWorkflow;
import org.m4d.grants.workflow.application.SharedHactTables;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The rules of the grant context's steps that plan and release tranches. */
class GrantHandlersTest {

    private final Proposals proposals = new Proposals();
    private final Proposal proposal = proposals.approved(Grants.PROPOSAL);
    private final RecordedAudit audit = new RecordedAudit();
    private final Grants grants = new Grants();
    private final FakeAccess finance = new FakeAccess("np.finance", Role.FINANCE);
    private final FakeAccess coordinator = new FakeAccess("np.coordinator", Role.COORDINATOR);
    private final FakeWorkflow workflow = new FakeWorkflow(new TenantContext(), null);

    private SetTranchePlan plan(FakeAccess user) {
        SetTranchePlan handler = new SetTranchePlan();
        handler.access = user.access;
        handler.grantService = grants.service(user, audit, proposals);
        handler.grants = grants;
        handler.audit = audit;
        // no partner: not assessed, so reimbursement and direct payment are allowed
        handler.modalities = Modalities.allowed(proposals, (partner, on) -> RiskRating.NOT_ASSESSED,
                new SharedHactTables(), Clock.systemUTC());
        return handler;
    }

    private ReleaseTranche release(FakeAccess user) {
        ReleaseTranche handler = new ReleaseTranche();
        handler.access = user.access;
        handler.grantService = grants.service(user, audit, proposals);
        handler.grants = grants;
        handler.audit = audit;
        handler.gates = grants.gates();
        handler.workflow = workflow;
        handler.facePayments = new FacePayments(grants);
        return handler;
    }

    @Test
    void onlyFinancePlansAndReleasesTranches() {
        try (TenantContext.Scope in = coordinator.enter()) {
            assertThatThrownBy(() -> plan(coordinator).authorize(step(GrantLifecycle.SET_TRANCHE_PLAN, 1)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> release(coordinator).authorize(step(GrantLifecycle.RELEASE_TRANCHE, 1)))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(coordinator.denials).containsExactly("403 SetTranchePlan.authorize: needs finance in NP",
                "403 ReleaseTranche.authorize: needs finance in NP");
        try (TenantContext.Scope in = finance.enter()) {
            plan(finance).authorize(step(GrantLifecycle.SET_TRANCHE_PLAN, 1));
            release(finance).authorize(step(GrantLifecycle.RELEASE_TRANCHE, 1));
        }
        assertThat(finance.denials).isEmpty();
    }

    @Test
    void thePlanSplitsTheApprovedAmountIntoTranches() {
        Map<String, Object> variables;
        try (TenantContext.Scope in = finance.enter()) {
            variables = plan(finance).apply(step(GrantLifecycle.SET_TRANCHE_PLAN, 1), new TranchePlanPayload(
                    Modality.REIMBURSEMENT, List.of(new BigDecimal("60"), new BigDecimal("40"))));
        }
        assertThat(variables).as("the tranche cycle takes the modality's path").isEqualTo(Map.of("modality", "REIMBURSEMENT"));
        assertThat(grants.tranches).extracting(t -> t.amount("NPR").amount())
                .containsExactly(new BigDecimal("240000.00"), new BigDecimal("160000.00"));
        assertThat(grants.grant.modality()).isEqualTo(Modality.REIMBURSEMENT);
        assertThat(audit.entries).containsExactly(new RecordedAudit.Entry("np.finance", "TRANCHE_PLAN_SET", "PROPOSAL", 1,
                null, null, "Reimbursement; 240000.00 NPR / 160000.00 NPR"));
    }

    @Test
    void aPlanNotSummingToAHundredIsRefusedAndNothingIsStored() {
        try (TenantContext.Scope in = finance.enter()) {
            assertThatThrownBy(() -> plan(finance).apply(step(GrantLifecycle.SET_TRANCHE_PLAN, 1),
                    new TranchePlanPayload(Modality.REIMBURSEMENT, List.of(new BigDecimal("40"), new BigDecimal("40")))))
                    .isInstanceOf(DomainException.class);
        }
        assertThat(grants.tranches).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aPlanNamesTheModalityAndAtLeastOneTranche() {
        assertThat(violations(new TranchePlanPayload(null, List.of()))).containsExactly(
                "modality: Choose the cash-transfer modality",
                "percentages: Give the tranches as percentages, e.g. [40, 40, 20]");
    }

    @Test
    void aTrancheWithNothingDisbursedIsNotReleased() {
        grants.planned();
        try (TenantContext.Scope in = finance.enter()) {
            assertThatThrownBy(() -> release(finance).apply(step(GrantLifecycle.RELEASE_TRANCHE, 1),
                    new ReleasePayload(null, null, null))).isInstanceOf(DomainException.class)
                    .hasMessage("Record the disbursement of tranche 1 before releasing it");
        }
        assertThat(grants.tranches.get(0).status()).isEqualTo(Tranche.Status.OPEN);
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aLastDisbursementInThePayloadIsRecordedBeforeTheRelease() {
        grants.planned().advanceAuthorised(1);
        LocalDate today = LocalDate.now();
        Map<String, Object> variables;
        try (TenantContext.Scope in = finance.enter()) {
            variables = release(finance).apply(step(GrantLifecycle.RELEASE_TRANCHE, 1, null,
                    Map.of("tranche", 1, "applicant", "np.applicant")),
                    new ReleasePayload(new BigDecimal("150000"), today, "NP-PAY-1"));
        }
        assertThat(variables).isEmpty();
        assertThat(workflow.starts()).as("the advance's FACE report is due").extracting(FakeWorkflow.Start::routing)
                .containsExactly(Map.of("tranche", 1, "applicant", "np.applicant"));
        assertThat(workflow.starts().get(0).instanceId()).startsWith(GrantLifecycle.FACE_LIQUIDATION_KEY + "-");
        assertThat(grants.ledger).extracting(d -> d.amount().amount()).containsExactly(new BigDecimal("150000.00"));
        assertThat(grants.tranches).extracting(Tranche::status)
                .containsExactly(Tranche.Status.RELEASED, Tranche.Status.PLANNED);
        assertThat(proposal.state()).isEqualTo(ProposalState.DISBURSED);
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action, RecordedAudit.Entry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DISBURSEMENT_RECORDED",
                        "150000.00 NPR from tranche 1 on " + today + ", reference NP-PAY-1"),
                org.assertj.core.groups.Tuple.tuple("DISBURSING", null),
                org.assertj.core.groups.Tuple.tuple("TRANCHE_RELEASED", "Tranche 1, 150000.00 NPR disbursed"));
    }

    @Test
    void aLastDisbursementBeyondTheTrancheIsRefusedAndNothingIsReleased() {
        grants.planned();
        try (TenantContext.Scope in = finance.enter()) {
            assertThatThrownBy(() -> release(finance).apply(step(GrantLifecycle.RELEASE_TRANCHE, 1),
                    new ReleasePayload(new BigDecimal("200000.01"), LocalDate.now(), "NP-PAY-1")))
                    .isInstanceOf(DomainException.class).hasMessage("Disbursing 200000.01 NPR would exceed tranche 1"
                            + " of 200000.00 NPR; at most 200000.00 NPR remains in it");
        }
        assertThat(grants.ledger).isEmpty();
        assertThat(grants.tranches.get(0).status()).isEqualTo(Tranche.Status.OPEN);
        assertThat(audit.entries).isEmpty();
    }
}
