package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.m4d.grants.workflow.application.Steps.step;
import static org.m4d.grants.workflow.application.Steps.violations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.application.FakeAccess;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Refusal;
import org.m4d.grants.proposal.application.Proposals;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The FACE steps on a grant of NPR 400,000.00 in two tranches of 200,000.00: a reimbursement paid
 * only up to the accepted expenditure, a direct payment to the vendor requested, an advance's
 * expenditure within the cash held, and the six-month rule.
 */
class FaceHandlersTest {

    private final Proposals proposals = new Proposals();
    private final RecordedAudit audit = new RecordedAudit();
    private final Grants grants = new Grants();
    private final FakeAccess applicant = new FakeAccess("np.applicant", Role.APPLICANT);
    private final FakeAccess finance = new FakeAccess("np.finance", Role.FINANCE);
    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate END = LocalDate.parse("2026-06-30");

    FaceHandlersTest() {
        proposals.approved(Grants.PROPOSAL);
    }

    private static TaskStep step(String key) {
        return step(key, 1);
    }

    private static TaskStep step(String key, int tranche) {
        return org.m4d.grants.workflow.application.Steps.step(key, Grants.PROPOSAL, null,
                Map.of(GrantLifecycle.VAR_TRANCHE, tranche, GrantLifecycle.VAR_APPLICANT, "np.applicant"));
    }

    private RequestAdvance requestAdvance() {
        RequestAdvance handler = new RequestAdvance();
        handler.access = applicant.access;
        handler.faces = grants.faceService(applicant, audit, proposals);
        return handler;
    }

    private AuthoriseAdvance authoriseAdvance() {
        AuthoriseAdvance handler = new AuthoriseAdvance();
        handler.access = finance.access;
        handler.faces = grants.faceService(finance, audit, proposals);
        return handler;
    }

    private void advanceRequested(int tranche, String... amounts) {
        try (TenantContext.Scope in = applicant.enter()) {
            requestAdvance().apply(step(GrantLifecycle.REQUEST_ADVANCE, tranche), report(amounts));
        }
    }

    private void advanceAuthorised(int tranche, String... amounts) {
        try (TenantContext.Scope in = finance.enter()) {
            authoriseAdvance().apply(step(GrantLifecycle.AUTHORISE_ADVANCE, tranche),
                    new AdvanceAuthorisation(java.util.Arrays.stream(amounts).map(BigDecimal::new).toList()));
        }
    }

    private CertifyExpenditure certify() {
        CertifyExpenditure handler = new CertifyExpenditure();
        handler.access = applicant.access;
        handler.faces = grants.faceService(applicant, audit, proposals);
        return handler;
    }

    private AcceptExpenditure accept() {
        AcceptExpenditure handler = new AcceptExpenditure();
        handler.access = finance.access;
        handler.faces = grants.faceService(finance, audit, proposals);
        return handler;
    }

    private RequestPayment request() {
        RequestPayment handler = new RequestPayment();
        handler.access = applicant.access;
        handler.faces = grants.faceService(applicant, audit, proposals);
        return handler;
    }

    private Disbursement pay(String amount) {
        try (TenantContext.Scope in = finance.enter()) {
            return grants.service(finance, audit, proposals).disburse(Grants.PROPOSAL,
                    new DisbursementEntry(new BigDecimal(amount), LocalDate.now(), "NP-PAY-" + amount), null);
        }
    }

    private static FaceReport report(String... amounts) {
        return new FaceReport(START, END, java.util.stream.IntStream.range(0, amounts.length)
                .mapToObj(i -> new FaceLineInput("Line " + (i + 1), new BigDecimal(amounts[i]))).toList());
    }

    private void certified(String... amounts) {
        try (TenantContext.Scope in = applicant.enter()) {
            certify().apply(step(GrantLifecycle.CERTIFY_EXPENDITURE), report(amounts));
        }
    }

    private void accepted(String... amounts) {
        try (TenantContext.Scope in = finance.enter()) {
            accept().apply(step(GrantLifecycle.ACCEPT_EXPENDITURE),
                    new FaceAcceptance(java.util.Arrays.stream(amounts).map(BigDecimal::new).toList()));
        }
    }

    /** Tranche 1 released with its advance, tranche 2 open: the next payment is a new advance. */
    private void releaseFirstOpenSecond() {
        grants.tranches.get(0).release(grants.disbursedFromTranche(grants.grant, 1), Instant.now());
        grants.tranches.get(1).open(Instant.now());
    }

    private static String key(Throwable t) {
        return ((Refusal) t).messageKey();
    }

    @Test
    void onlyThePartnerCertifiesAndRequestsAndOnlyFinanceAccepts() {
        try (TenantContext.Scope in = finance.enter()) {
            CertifyExpenditure byFinance = certify();
            byFinance.access = finance.access;
            assertThatThrownBy(() -> byFinance.authorize(step(GrantLifecycle.CERTIFY_EXPENDITURE)))
                    .isInstanceOf(ForbiddenException.class);
            RequestPayment requestByFinance = request();
            requestByFinance.access = finance.access;
            assertThatThrownBy(() -> requestByFinance.authorize(step(GrantLifecycle.REQUEST_PAYMENT)))
                    .isInstanceOf(ForbiddenException.class);
        }
        try (TenantContext.Scope in = finance.enter()) {
            RequestAdvance advanceByFinance = requestAdvance();
            advanceByFinance.access = finance.access;
            assertThatThrownBy(() -> advanceByFinance.authorize(step(GrantLifecycle.REQUEST_ADVANCE)))
                    .isInstanceOf(ForbiddenException.class);
        }
        try (TenantContext.Scope in = applicant.enter()) {
            AcceptExpenditure byApplicant = accept();
            byApplicant.access = applicant.access;
            assertThatThrownBy(() -> byApplicant.authorize(step(GrantLifecycle.ACCEPT_EXPENDITURE)))
                    .isInstanceOf(ForbiddenException.class);
            AuthoriseAdvance authorisedByApplicant = authoriseAdvance();
            authorisedByApplicant.access = applicant.access;
            assertThatThrownBy(() -> authorisedByApplicant.authorize(step(GrantLifecycle.AUTHORISE_ADVANCE)))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(finance.denials).containsExactly("403 CertifyExpenditure.authorize: needs applicant in NP",
                "403 RequestPayment.authorize: needs applicant in NP", "403 RequestAdvance.authorize: needs applicant in NP");
        assertThat(applicant.denials).containsExactly("403 AcceptExpenditure.authorize: needs finance in NP",
                "403 AuthoriseAdvance.authorize: needs finance in NP");
    }

    @Test
    void aReimbursementIsPaidOnlyAfterAcceptanceAndNeverAboveTheAcceptedAmount() {
        grants.planned(Modality.REIMBURSEMENT);
        assertThatThrownBy(() -> pay("1.00")).satisfies(t -> assertThat(key(t)).isEqualTo("error.face.reimbursementNotAccepted"));

        certified("120000.50", "30000.00");
        assertThatThrownBy(() -> pay("1.00")).as("certified is not accepted")
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.reimbursementNotAccepted"));
        accepted("100000.25", "30000.00");

        assertThatThrownBy(() -> pay("130000.26")).isInstanceOf(DomainException.class)
                .hasMessage("Reimbursing 130000.26 NPR would pay more than the 130000.25 NPR of expenditure accepted;"
                        + " at most 130000.25 NPR remains");
        assertThat(grants.ledger).isEmpty();
        pay("100000.00");
        assertThatThrownBy(() -> pay("30000.26")).satisfies(t -> assertThat(key(t)).isEqualTo("error.face.aboveAccepted"));
        pay("30000.25");
        assertThat(grants.ledger).extracting(d -> d.amount().amount())
                .containsExactly(new BigDecimal("100000.00"), new BigDecimal("30000.25"));
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action).startsWith("FACE_CERTIFIED", "FACE_ACCEPTED");
        assertThat(audit.entries.get(1).detail()).isEqualTo("Tranche 1: 130000.25 NPR accepted of 150000.50 NPR certified");
    }

    @Test
    void reimbursableExpenditureAboveTheTrancheIsRefusedAndNothingIsStored() {
        grants.planned(Modality.REIMBURSEMENT);
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> certify().apply(step(GrantLifecycle.CERTIFY_EXPENDITURE), report("150000.00", "50000.01")))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("The lines add up to 200000.01 NPR, above the 200000.00 NPR authorised");
        }
        assertThat(grants.faces).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void acceptanceAboveTheReportedLineIsRefusedAndTheReportStaysWaiting() {
        grants.planned(Modality.REIMBURSEMENT);
        certified("100.00");
        assertThatThrownBy(() -> accepted("100.01")).satisfies(t -> assertThat(key(t)).isEqualTo("error.face.acceptedAboveReported"));
        assertThat(grants.faces.get(0).status()).isEqualTo(FaceDocument.Status.REPORTED);
        assertThat(grants.faces.get(0).accepted().amount()).isEqualByComparingTo("0");
    }

    @Test
    void aDirectPaymentGoesToTheRequestedVendorWithItsInvoiceAndNoMore() {
        grants.planned(Modality.DIRECT_PAYMENT);
        assertThatThrownBy(() -> pay("1.00")).satisfies(t -> assertThat(key(t)).isEqualTo("error.face.noPaymentRequest"));
        try (TenantContext.Scope in = applicant.enter()) {
            request().apply(step(GrantLifecycle.REQUEST_PAYMENT), new PaymentRequest(START, END, "Kathmandu Print Ltd",
                    "INV-2026-041", List.of(new FaceLineInput("Printing", new BigDecimal("45000.00")))));
        }
        assertThatThrownBy(() -> pay("45000.01")).satisfies(t -> assertThat(key(t)).isEqualTo("error.face.aboveRequest"));

        Disbursement paid = pay("45000.00");

        assertThat(paid.vendor()).isEqualTo("Kathmandu Print Ltd");
        assertThat(paid.invoiceReference()).isEqualTo("INV-2026-041");
        assertThat(audit.entries).filteredOn(e -> e.action().equals("DISBURSEMENT_RECORDED")).extracting(RecordedAudit.Entry::detail)
                .containsExactly("45000.00 NPR from tranche 1 on " + LocalDate.now() + ", reference NP-PAY-45000.00, paid to"
                        + " Kathmandu Print Ltd for invoice INV-2026-041");
    }

    @Test
    void aDirectPaymentRequestOnAnotherModalityIsRefused() {
        grants.planned(Modality.REIMBURSEMENT);
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> request().apply(step(GrantLifecycle.REQUEST_PAYMENT), new PaymentRequest(START, END,
                    "Vendor", "INV-1", List.of(new FaceLineInput("Printing", BigDecimal.TEN)))))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.notDirectPayment"));
        }
        assertThat(grants.faces).isEmpty();
    }

    @Test
    void anAdvancesExpenditureIsCertifiedWithinTheCashHeldAndTheRestIsCarried() {
        grants.planned().advanceAuthorised(1);
        pay("200000.00");
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> certify().apply(step(GrantLifecycle.CERTIFY_EXPENDITURE), report("200000.01")))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.aboveAuthorised"));
        }
        certified("150000.00", "10000.00");
        Map<String, Object> variables;
        try (TenantContext.Scope in = finance.enter()) {
            variables = accept().apply(step(GrantLifecycle.ACCEPT_EXPENDITURE),
                    new FaceAcceptance(List.of(new BigDecimal("150000.00"), new BigDecimal("5000.00"))));
        }
        assertThat(variables).as("the rest is reported in the next period").isEqualTo(Map.of("cashHeld", true));

        assertThat(new FacePayments(grants).advances(grants.grant).balance().amount()).as("carried into the next period")
                .isEqualByComparingTo("45000.00");
        assertThat(grants.faces).extracting(FaceDocument::kind)
                .containsExactly(FaceDocument.Kind.ADVANCE_REQUEST, FaceDocument.Kind.ADVANCE);
        assertThat(grants.faces.get(1).authorised().amount()).isEqualByComparingTo("200000.00");
    }

    @Test
    void anAdvanceUnliquidatedForMoreThanSixMonthsBlocksTheNextAdvanceWithItsFigures() {
        grants.planned();
        LocalDate paidOn = LocalDate.now().minusMonths(7);
        grants.ledger.add(new Disbursement(grants.grant.id(), 1, org.m4d.grants.platform.domain.Money.of(
                new BigDecimal("200000.00"), "NPR"), paidOn, "NP-ADV-1", "np.finance", Instant.now(), null));
        OutstandingAdvanceGate gate0 = new OutstandingAdvanceGate();
        gate0.grants = grants;
        gate0.payments = new FacePayments(grants);
        assertThat(gate0.blocks(Grants.PROPOSAL)).as("the open tranche's own cash is not a new advance").isEmpty();
        releaseFirstOpenSecond();
        OutstandingAdvanceGate gate = new OutstandingAdvanceGate();
        gate.grants = grants;
        gate.payments = new FacePayments(grants);
        grants.gates.add(gate);

        assertThat(gate.blocks(Grants.PROPOSAL)).containsExactly(new ReleaseBlock("error.face.advanceOverdue",
                "The advance of tranche 1 paid on " + paidOn + " has not been accounted for in more than 6 months:"
                        + " 200000.00 NPR is outstanding; no new advance until its expenditure is accepted",
                List.of(1, paidOn, org.m4d.grants.platform.domain.Money.of(new BigDecimal("200000.00"), "NPR"))));
        assertThatThrownBy(() -> pay("1.00")).satisfies(t -> assertThat(key(t)).isEqualTo("error.face.advanceOverdue"));
        assertThat(grants.ledger).hasSize(1);

        certified("200000.00");
        Map<String, Object> variables;
        try (TenantContext.Scope in = finance.enter()) {
            variables = accept().apply(step(GrantLifecycle.ACCEPT_EXPENDITURE),
                    new FaceAcceptance(List.of(new BigDecimal("200000.00"))));
        }
        assertThat(variables).as("all accounted for").isEqualTo(Map.of("cashHeld", false));
        assertThat(gate.blocks(Grants.PROPOSAL)).as("liquidated").isEmpty();
    }

    @Test
    void anAdvanceOutstandingForExactlySixMonthsDoesNotYetBlock() {
        grants.planned();
        OutstandingAdvanceGate gate = new OutstandingAdvanceGate();
        gate.grants = grants;
        gate.payments = new FacePayments(grants);
        gate.clock = Clock.fixed(Instant.parse("2026-07-15T12:00:00Z"), ZoneOffset.UTC);
        grants.ledger.add(new Disbursement(grants.grant.id(), 1, org.m4d.grants.platform.domain.Money.of(
                new BigDecimal("200000.00"), "NPR"), LocalDate.parse("2026-01-15"), "NP-ADV-1", "np.finance", Instant.now(), null));
        releaseFirstOpenSecond();

        assertThat(gate.blocks(Grants.PROPOSAL)).isEmpty();
        gate.clock = Clock.fixed(Instant.parse("2026-07-16T12:00:00Z"), ZoneOffset.UTC);
        assertThat(gate.blocks(Grants.PROPOSAL)).extracting(ReleaseBlock::key).containsExactly("error.face.advanceOverdue");
    }

    @Test
    void aReimbursementGrantIsNeverHeldBySixMonthOldPayments() {
        grants.planned(Modality.REIMBURSEMENT);
        OutstandingAdvanceGate gate = new OutstandingAdvanceGate();
        gate.grants = grants;
        gate.payments = new FacePayments(grants);
        grants.ledger.add(new Disbursement(grants.grant.id(), 1, org.m4d.grants.platform.domain.Money.of(
                new BigDecimal("100.00"), "NPR"), LocalDate.now().minusYears(1), "NP-R-1", "np.finance", Instant.now(), null));
        assertThat(gate.blocks(Grants.PROPOSAL)).isEmpty();
    }

    @Test
    void anAdvanceIsPaidOnlyOnceRequestedAndAuthorisedAndNeverAboveTheAuthorisedAmount() {
        grants.planned();
        assertThatThrownBy(() -> pay("1.00")).satisfies(t -> assertThat(key(t)).isEqualTo("error.face.advanceNotAuthorised"));

        advanceRequested(1, "120000.50", "30000.00");
        assertThatThrownBy(() -> pay("1.00")).as("requested is not authorised")
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.advanceNotAuthorised"));
        advanceAuthorised(1, "100000.25", "30000.00");

        assertThatThrownBy(() -> pay("130000.26")).isInstanceOf(DomainException.class)
                .hasMessage("Advancing 130000.26 NPR would pay more than the 130000.25 NPR authorised; at most 130000.25 NPR remains");
        assertThat(grants.ledger).isEmpty();
        pay("100000.00");
        assertThatThrownBy(() -> pay("30000.26")).satisfies(t -> assertThat(key(t)).isEqualTo("error.face.aboveAdvanceAuthorised"));
        pay("30000.25");
        assertThat(grants.ledger).extracting(d -> d.amount().amount())
                .containsExactly(new BigDecimal("100000.00"), new BigDecimal("30000.25"));
        assertThat(grants.faces).extracting(FaceDocument::kind, FaceDocument::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FaceDocument.Kind.ADVANCE_REQUEST, FaceDocument.Status.AUTHORISED));
        assertThat(grants.faces.get(0).acceptedBy()).isEqualTo("np.finance");
        assertThat(audit.entries).extracting(RecordedAudit.Entry::action, RecordedAudit.Entry::detail).startsWith(
                org.assertj.core.groups.Tuple.tuple("ADVANCE_REQUESTED",
                        "Tranche 1, 2026-01-01 to 2026-06-30: 150000.50 NPR requested, 0.00 NPR of earlier advances held"),
                org.assertj.core.groups.Tuple.tuple("ADVANCE_AUTHORISED",
                        "Tranche 1: 130000.25 NPR authorised of 150000.50 NPR requested"));
    }

    @Test
    void aDirectCashTransferPlannedBeforeAdvanceRequestsKeepsPayingItsAdvancesWithoutOne() {
        grants.planned();
        org.m4d.grants.testing.Wiring.set(grants.grant, org.m4d.grants.grant.domain.GrantAgreement.class,
                "advanceRequests", false);

        pay("200000.00");

        assertThat(grants.ledger).extracting(d -> d.amount().amount()).containsExactly(new BigDecimal("200000.00"));
        assertThat(grants.faces).isEmpty();
    }

    @Test
    void aGrantPlannedBeforeModalitiesExistedIsPaidWithinItsTranche() {
        grants.planned();
        org.m4d.grants.testing.Wiring.set(grants.grant, org.m4d.grants.grant.domain.GrantAgreement.class, "modality", null);

        pay("1.00");

        assertThat(grants.ledger).hasSize(1);
    }

    @Test
    void anAdvanceRequestAboveTheTrancheOrOfNothingIsRefusedAndNothingIsStored() {
        grants.planned();
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> requestAdvance().apply(step(GrantLifecycle.REQUEST_ADVANCE), report("150000.00", "50000.01")))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("The lines add up to 200000.01 NPR, above the 200000.00 NPR authorised");
            assertThatThrownBy(() -> requestAdvance().apply(step(GrantLifecycle.REQUEST_ADVANCE), report("0.00")))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.advanceRequestPositive"));
        }
        assertThat(grants.faces).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void anAdvanceRequestOnAnotherModalityIsRefused() {
        grants.planned(Modality.REIMBURSEMENT);
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> requestAdvance().apply(step(GrantLifecycle.REQUEST_ADVANCE), report("100.00")))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.notAdvance"));
        }
        assertThat(grants.faces).isEmpty();
    }

    @Test
    void authorisingAboveTheRequestedLineOrNothingAtAllIsRefusedAndTheRequestStaysWaiting() {
        grants.planned();
        try (TenantContext.Scope in = finance.enter()) {
            assertThatThrownBy(() -> authoriseAdvance().apply(step(GrantLifecycle.AUTHORISE_ADVANCE),
                    new AdvanceAuthorisation(List.of(BigDecimal.ONE))))
                    .as("nothing requested yet").satisfies(t -> assertThat(key(t)).isEqualTo("error.face.notRequested"));
        }
        advanceRequested(1, "100.00", "50.00");

        assertThatThrownBy(() -> advanceAuthorised(1, "100.01", "50.00"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.authorisedAboveRequested"));
        assertThatThrownBy(() -> advanceAuthorised(1, "100.00", "50.01")).as("the first line fits, the second does not")
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.authorisedAboveRequested"));
        assertThatThrownBy(() -> advanceAuthorised(1, "0.00", "0.00"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.authorisePositive"));
        assertThatThrownBy(() -> advanceAuthorised(1, "100.00"))
                .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.authoriseEveryLine"));

        assertThat(grants.faces.get(0).status()).isEqualTo(FaceDocument.Status.REQUESTED);
        assertThat(grants.faces.get(0).lines()).extracting(l -> l.accepted("NPR")).as("no line half-authorised")
                .containsExactly(null, null);
        assertThat(grants.faces.get(0).acceptedBy()).isNull();
        advanceAuthorised(1, "100.00", "0.00");
        assertThat(grants.faces.get(0).accepted().amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void badFaceInputIsRefusedWithAMessagePerField() {
        assertThat(violations(new FaceReport(null, END, List.of()))).containsExactly(
                "lines: Give at least one budget line with its amount", "periodStart: Enter the start of the reporting period");
        assertThat(violations(report("-1"))).containsExactly("lines[0].amount: An amount cannot be negative");
        assertThat(violations(report("1.0001"))).containsExactly("lines[0].amount: The amount is too large or has too many decimals");
        assertThat(violations(new FaceAcceptance(java.util.Arrays.asList(BigDecimal.ONE, null))))
                .containsExactly("acceptedAmounts[1].<list element>: Give the amount accepted of every line");
        assertThat(violations(new AdvanceAuthorisation(java.util.Arrays.asList(null, new BigDecimal("-1")))))
                .containsExactly("authorisedAmounts[0].<list element>: Give the amount authorised of every line",
                        "authorisedAmounts[1].<list element>: An amount cannot be negative");
        assertThat(violations(new PaymentRequest(START, END, " ", null, List.of(new FaceLineInput("", BigDecimal.ONE)))))
                .containsExactly("invoiceReference: Give the vendor's invoice reference",
                        "lines[0].description: Name the budget line", "vendor: Name the vendor to pay");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndNothingIsStored() {
        grants.planned(Modality.REIMBURSEMENT);
        try (TenantContext.Scope in = applicant.enter()) {
            assertThatThrownBy(() -> certify().apply(step(GrantLifecycle.CERTIFY_EXPENDITURE),
                    new FaceReport(END, START, List.of(new FaceLineInput("Line 1", BigDecimal.ONE)))))
                    .satisfies(t -> assertThat(key(t)).isEqualTo("error.face.periodOrder"));
        }
        assertThat(grants.faces).isEmpty();
        assertThat(grants.tranches.get(0).status()).isEqualTo(Tranche.Status.OPEN);
    }

    @Test
    void aSecondAdvanceJoinsTheFaceReportsAlreadyRunningInsteadOfStartingAnother() {
        grants.planned().advanceAuthorised(1);
        pay("200000.00");
        ReleaseTranche release = new ReleaseTranche();
        release.access = finance.access;
        release.grantService = grants.service(finance, audit, proposals);
        release.grants = grants;
        release.audit = audit;
        release.gates = grants.gates();
        release.facePayments = new FacePayments(grants);
        org.m4d.grants.workflow.application.FakeWorkflow workflow =
                new org.m4d.grants.workflow.application.FakeWorkflow(new TenantContext(), null);
        release.workflow = workflow;
        try (TenantContext.Scope in = finance.enter()) {
            release.apply(step(GrantLifecycle.RELEASE_TRANCHE), new ReleasePayload(null, null, null));
        }
        assertThat(workflow.starts()).hasSize(1);

        grants.tranches.get(1).open(Instant.now());
        grants.advanceAuthorised(2);
        pay("150000.00");
        try (TenantContext.Scope in = finance.enter()) {
            release.apply(org.m4d.grants.workflow.application.Steps.step(GrantLifecycle.RELEASE_TRANCHE, Grants.PROPOSAL, null,
                    Map.of(GrantLifecycle.VAR_TRANCHE, 2, GrantLifecycle.VAR_APPLICANT, "np.applicant")),
                    new ReleasePayload(null, null, null));
        }
        assertThat(workflow.starts()).as("tranche 1's cash is still being accounted for").hasSize(1);
    }
}
