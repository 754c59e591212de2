package org.m4d.grants.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.m4d.grants.workflow.domain.GrantLifecycle.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.m4d.grants.assurance.domain.ActivityKind;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.assurance.domain.Priority;
import org.m4d.grants.grant.application.AdvanceAuthorisation;
import org.m4d.grants.grant.application.DisbursementEntry;
import org.m4d.grants.grant.application.FaceAcceptance;
import org.m4d.grants.grant.application.FaceLineInput;
import org.m4d.grants.grant.application.FaceReport;
import org.m4d.grants.grant.application.ReleasePayload;
import org.m4d.grants.grant.domain.Advances;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/**
 * The two gates that hold a tranche's payment, on {@code bpmn/grant-implementation.bpmn} (and the
 * FACE reports it starts): finance completes <i>Release tranche</i> through the application's task
 * completion while the six-month rule or an open high-priority finding holds it; the refusal names
 * the gate, the engine still waits at the release and nothing reaches the ledger; once the advance
 * is accounted for or the finding closed, the same completion releases the tranche.
 */
@Deployment(resources = {IMPLEMENTATION_RESOURCE, FACE_LIQUIDATION_RESOURCE})
class PaymentGatesProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    /** The day tranche 1's advance is paid. */
    private static final LocalDate PAID_ON = LocalDate.of(2026, 1, 15);

    private ImplementationApp it;

    @BeforeEach
    void setUp() {
        ProcessEngine engine = extension.getProcessEngine();
        it = new ImplementationApp(engine);
        Mocks.register("grantLifecycle", it.serviceSteps());
        Mocks.register("deadlines", ConfiguredDeadlines.bean());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        it.app.context.clear();
    }

    private static Money npr(String amount) {
        return Money.of(new BigDecimal(amount), "NPR");
    }

    /** The partner requests the tranche's advance (one line) and finance authorises all of it, both through their handlers. */
    private void advanceRequestedAndAuthorised(String instance, String amount) {
        it.app.user.as("np.applicant", "NP", Role.APPLICANT);
        it.complete(it.waiting(instance, REQUEST_ADVANCE).getId(), REQUEST_ADVANCE, new FaceReport(PAID_ON,
                PAID_ON.plusMonths(6), List.of(new FaceLineInput("Savings group training", new BigDecimal(amount)))));
        it.app.user.as("np.finance", "NP", Role.FINANCE);
        it.complete(it.waiting(instance, AUTHORISE_ADVANCE).getId(), AUTHORISE_ADVANCE,
                new AdvanceAuthorisation(List.of(new BigDecimal(amount))));
    }

    /** Finance completes the release waiting in the instance, recording the payment first. */
    private void release(String taskId, String amount, LocalDate on, String reference) {
        it.app.user.as("np.finance", "NP", Role.FINANCE);
        it.complete(taskId, RELEASE_TRANCHE, new ReleasePayload(new BigDecimal(amount), on, reference));
    }

    /** Tranche 1's advance paid on {@link #PAID_ON} and released, tranche 2's reports accepted and its advance authorised. */
    private String atTheSecondRelease(long proposal) {
        String instance = it.instanceOf(proposal);
        advanceRequestedAndAuthorised(instance, "900000.00");
        release(it.waiting(instance, RELEASE_TRANCHE).getId(), "900000.00", PAID_ON, "NP-ADV-1");
        assertThat(it.openTaskKeys(instance)).as("tranche 2 waits for its reports").containsExactly(SUBMIT_REPORTS);
        it.completeOnEngine(instance, SUBMIT_REPORTS, Map.of());
        it.completeOnEngine(instance, VERIFY_PROGRESS_REPORT, Map.of(VAR_PROGRESS_ACCEPTED, true));
        it.completeOnEngine(instance, VERIFY_FINANCIAL_REPORT, Map.of(VAR_FINANCIAL_ACCEPTED, true));
        advanceRequestedAndAuthorised(instance, "600000.00");
        assertThat(it.openTaskKeys(instance)).containsExactly(RELEASE_TRANCHE);
        return instance;
    }

    private List<Money> ledger(long proposal) {
        return it.app.in("NP", () -> it.app.grantRows.ledger(it.grant(proposal))).stream().map(Disbursement::amount).toList();
    }

    private List<Tranche.Status> tranches(long proposal) {
        return it.app.in("NP", () -> it.app.grantRows.tranches(it.grant(proposal))).stream().map(Tranche::status).toList();
    }

    private long faceReportCycles(long proposal) {
        return it.engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FACE_LIQUIDATION_KEY)
                .processInstanceBusinessKey(Long.toString(proposal)).count();
    }

    private long tranchesLeft(String instance) {
        return it.engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("trancheReleased").finished().count();
    }

    private static DomainException refusal(Throwable thrown) {
        assertThat(thrown).isExactlyInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }

    @Test
    void anAdvanceUnaccountedForMoreThanSixMonthsHoldsTheNextReleaseUntilItsExpenditureIsAccepted() {
        it.today(LocalDate.of(2026, 7, 16));
        long proposal = it.approvedGrant(Modality.DIRECT_CASH_TRANSFER);
        String instance = atTheSecondRelease(proposal);
        Task held = it.waiting(instance, RELEASE_TRANCHE);

        DomainException refused = refusal(catchThrowable(() -> release(held.getId(), "600000.00",
                LocalDate.of(2026, 7, 16), "NP-ADV-2")));

        assertThat(refused.messageKey()).isEqualTo("error.face.advanceOverdue");
        assertThat(refused.messageArguments()).containsExactly(1, PAID_ON, npr("900000.00"));
        assertThat(it.waiting(instance, RELEASE_TRANCHE).getId()).as("the same release still waits").isEqualTo(held.getId());
        assertThat(it.openTaskKeys(instance)).containsExactly(RELEASE_TRANCHE);
        assertThat(ledger(proposal)).as("tranche 1's advance only").containsExactly(npr("900000.00"));
        assertThat(tranches(proposal)).containsExactly(Tranche.Status.RELEASED, Tranche.Status.OPEN);

        String report = it.engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FACE_LIQUIDATION_KEY)
                .processInstanceBusinessKey(Long.toString(proposal)).singleResult().getId();
        it.app.user.as("np.applicant", "NP", Role.APPLICANT);
        it.complete(it.waiting(report, CERTIFY_EXPENDITURE).getId(), CERTIFY_EXPENDITURE, new FaceReport(PAID_ON,
                LocalDate.of(2026, 6, 30), List.of(new FaceLineInput("Savings group training", new BigDecimal("900000.00")))));
        it.app.user.as("np.finance", "NP", Role.FINANCE);
        it.complete(it.waiting(report, ACCEPT_EXPENDITURE).getId(), ACCEPT_EXPENDITURE,
                new FaceAcceptance(List.of(new BigDecimal("900000.00"))));
        assertThat(faceReportCycles(proposal)).as("tranche 1's advance is accounted for").isZero();

        release(held.getId(), "600000.00", LocalDate.of(2026, 7, 16), "NP-ADV-2");

        assertThat(ledger(proposal)).containsExactly(npr("900000.00"), npr("600000.00"));
        assertThat(tranches(proposal)).containsExactly(Tranche.Status.RELEASED, Tranche.Status.RELEASED);
        assertThat(tranchesLeft(instance)).as("both tranches released").isEqualTo(2);
        assertThat(it.openTaskKeys(instance)).containsExactly(SUBMIT_FINAL_REPORT);
    }

    @Test
    void anAdvanceUnaccountedForExactlySixMonthsDoesNotYetHoldTheNextRelease() {
        it.today(LocalDate.of(2026, 7, 15));
        long proposal = it.approvedGrant(Modality.DIRECT_CASH_TRANSFER);
        String instance = atTheSecondRelease(proposal);
        assertThat(it.app.in("NP", () -> it.payments.advances(it.grant(proposal)).outstanding()))
                .as("nothing of tranche 1's advance is accounted for")
                .containsExactly(new Advances.Advance(1, PAID_ON, npr("900000.00")));

        release(it.waiting(instance, RELEASE_TRANCHE).getId(), "600000.00", LocalDate.of(2026, 7, 15), "NP-ADV-2");

        assertThat(ledger(proposal)).containsExactly(npr("900000.00"), npr("600000.00"));
        assertThat(tranches(proposal)).containsExactly(Tranche.Status.RELEASED, Tranche.Status.RELEASED);
        assertThat(tranchesLeft(instance)).isEqualTo(2);
        assertThat(it.openTaskKeys(instance)).containsExactly(SUBMIT_FINAL_REPORT);
    }

    /** A spot check of the partner, done, with one finding; raised on another grant of the partner. */
    private Finding finding(Priority priority, String text) {
        return it.app.in("NP", () -> {
            AssuranceActivity check = new AssuranceActivity(ImplementationApp.PARTNER, 4242, 2026, ActivityKind.SPOT_CHECK,
                    LocalDate.of(2026, 3, 31));
            it.assurance.store(check);
            check.done(LocalDate.of(2026, 3, 10), "np.finance");
            Finding finding = check.raise(priority, text, "Keep receipts with each payment voucher",
                    LocalDate.of(2026, 4, 30), "np.finance");
            it.assurance.store(finding);
            return finding;
        });
    }

    @Test
    void anOpenHighFindingOfThePartnerHoldsTheReleaseUntilItIsClosed() {
        long proposal = it.approvedGrant(Modality.DIRECT_CASH_TRANSFER);
        String instance = it.instanceOf(proposal);
        advanceRequestedAndAuthorised(instance, "900000.00");
        Finding finding = finding(Priority.HIGH, "Cash book not reconciled since January");
        Task held = it.waiting(instance, RELEASE_TRANCHE);

        DomainException refused = refusal(catchThrowable(() -> release(held.getId(), "900000.00", PAID_ON, "NP-ADV-1")));

        assertThat(refused.messageKey()).isEqualTo("error.release.openFinding");
        assertThat(refused.messageArguments()).containsExactly("Cash book not reconciled since January",
                LocalDate.of(2026, 4, 30));
        assertThat(it.waiting(instance, RELEASE_TRANCHE).getId()).isEqualTo(held.getId());
        assertThat(it.openTaskKeys(instance)).containsExactly(RELEASE_TRANCHE);
        assertThat(ledger(proposal)).isEmpty();
        assertThat(tranches(proposal)).containsExactly(Tranche.Status.OPEN, Tranche.Status.PLANNED);
        assertThat(faceReportCycles(proposal)).as("no advance paid, none to account for").isZero();

        it.app.in("NP", () -> finding.close("Reconciled up to March, checked on site", "np.coordinator", Instant.now()));
        release(held.getId(), "900000.00", PAID_ON, "NP-ADV-1");

        assertThat(ledger(proposal)).containsExactly(npr("900000.00"));
        assertThat(tranches(proposal)).containsExactly(Tranche.Status.RELEASED, Tranche.Status.PLANNED);
        assertThat(tranchesLeft(instance)).isEqualTo(1);
        assertThat(it.openTaskKeys(instance)).as("tranche 2 waits for its reports").containsExactly(SUBMIT_REPORTS);
        assertThat(faceReportCycles(proposal)).isEqualTo(1);
    }

    @Test
    void aHighFindingRaisedAfterTheAdvanceWasPaidStillHoldsTheReleaseWithoutAPayment() {
        long proposal = it.approvedGrant(Modality.DIRECT_CASH_TRANSFER);
        String instance = it.instanceOf(proposal);
        advanceRequestedAndAuthorised(instance, "900000.00");
        it.app.in("NP", () -> it.app.grants.disburse(proposal,
                new DisbursementEntry(new BigDecimal("900000.00"), PAID_ON, "NP-ADV-1"), null));
        Finding finding = finding(Priority.HIGH, "Bank account in a director's name");
        Task held = it.waiting(instance, RELEASE_TRANCHE);

        DomainException refused = refusal(catchThrowable(() -> it.complete(held.getId(), RELEASE_TRANCHE,
                new ReleasePayload(null, null, null))));

        assertThat(refused.messageKey()).isEqualTo("error.release.openFinding");
        assertThat(it.waiting(instance, RELEASE_TRANCHE).getId()).isEqualTo(held.getId());
        assertThat(tranches(proposal)).as("paid from but not released").containsExactly(Tranche.Status.OPEN,
                Tranche.Status.PLANNED);
        assertThat(ledger(proposal)).containsExactly(npr("900000.00"));

        it.app.in("NP", () -> finding.close("Account moved to the partner's name", "np.coordinator", Instant.now()));
        it.complete(held.getId(), RELEASE_TRANCHE, new ReleasePayload(null, null, null));

        assertThat(ledger(proposal)).as("nothing more paid").containsExactly(npr("900000.00"));
        assertThat(tranches(proposal)).containsExactly(Tranche.Status.RELEASED, Tranche.Status.PLANNED);
        assertThat(it.openTaskKeys(instance)).containsExactly(SUBMIT_REPORTS);
    }

    @Test
    void aMediumFindingOrAClosedHighOneDoesNotHoldTheRelease() {
        long proposal = it.approvedGrant(Modality.DIRECT_CASH_TRANSFER);
        String instance = it.instanceOf(proposal);
        advanceRequestedAndAuthorised(instance, "900000.00");
        finding(Priority.MEDIUM, "Two vouchers unsigned");
        Finding closed = finding(Priority.HIGH, "Cash book not reconciled since January");
        it.app.in("NP", () -> closed.close("Reconciled up to March", "np.coordinator", Instant.now()));

        release(it.waiting(instance, RELEASE_TRANCHE).getId(), "900000.00", PAID_ON, "NP-ADV-1");

        assertThat(ledger(proposal)).containsExactly(npr("900000.00"));
        assertThat(tranches(proposal)).containsExactly(Tranche.Status.RELEASED, Tranche.Status.PLANNED);
        assertThat(tranchesLeft(instance)).isEqualTo(1);
        assertThat(it.openTaskKeys(instance)).containsExactly(SUBMIT_REPORTS);
    }
}
