package org.m4d.grants.grant.application;

import org.m4d.grants.identity.application.AccessDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.testing.UseCases;

/**
 * The rules of grant agreements, tranches and the ledger. Nepal's grant: NPR 1,500,000 approved at
 * 133.5 per USD, in tranches of 60% and 40%.
 */
class GrantServiceTest {

    private static final LocalDate PAID_ON = LocalDate.of(2026, 3, 2);

    private final UseCases app = new UseCases();
    private final GrantService service = app.grants;
    private final long proposal;

    GrantServiceTest() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        proposal = app.in("NP", () -> app.draft("Remittances for rural clinics", LeadActor.OTHER, "1500000"));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.approve(proposal));
        app.in("NP", () -> service.createAgreement(proposal, "np.coordinator"));
        app.user.as("np.finance", "NP", Role.FINANCE);
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private GrantAgreement grant() {
        return app.grantRows.findByProposal(proposal).orElseThrow();
    }

    /** The plan as finance sets it, and its first tranche opened as the lifecycle does next. */
    private void planned() {
        app.in("NP", () -> {
            grant().plan(Modality.DIRECT_CASH_TRANSFER, List.of(new BigDecimal("60"), new BigDecimal("40")))
                    .forEach(app.grantRows::store);
            service.openTranche(proposal, 1);
            app.grantRows.authoriseAdvance(grant(), 1);
        });
    }

    private Disbursement disburse(String amount, String reference, String key) {
        return app.in("NP", () -> service.disburse(proposal,
                new DisbursementEntry(new BigDecimal(amount), PAID_ON, reference), key));
    }

    private List<Disbursement> ledger() {
        return app.in("NP", () -> app.grantRows.ledger(grant()));
    }

    @Test
    void theApprovedAmountBecomesTheAgreementAtTheCountrysRateOnceOnly() {
        app.in("NP", () -> service.createAgreement(proposal, "np.coordinator"));

        GrantAgreement grant = app.in("NP", this::grant);
        assertThat(app.in("NP", () -> app.grantRows.agreements())).containsExactly(grant);
        assertThat(grant.approved()).isEqualTo(Money.of(new BigDecimal("1500000"), "NPR"));
        assertThat(grant.approvedUsd()).isEqualByComparingTo("11235.96");
        assertThat(grant.approvedBy()).isEqualTo("np.coordinator");
        AuditEntry entry = app.in("NP", () -> app.lastEntryOn(proposal));
        assertThat(entry.action()).isEqualTo("GRANT_AGREEMENT_CREATED");
        assertThat(entry.detail()).isEqualTo("Approved amount 1500000.00 NPR (USD 11235.96)");
    }

    @Test
    void theLifecycleReadsTheTrancheNumbersAndOpensATranche() {
        planned();

        assertThat(app.in("NP", () -> service.trancheNumbers(proposal))).containsExactly(1, 2);
        assertThat(app.in("NP", () -> app.grantRows.tranches(grant()))).extracting(Tranche::status)
                .containsExactly(Tranche.Status.OPEN, Tranche.Status.PLANNED);
        assertThat(app.in("NP", () -> app.lastEntryOn(proposal))).extracting(AuditEntry::actor, AuditEntry::action,
                AuditEntry::detail).containsExactly("system", "TRANCHE_OPENED", "Tranche 1");
    }

    @Test
    void aGateThatStopsPaymentRefusesTheDisbursementWithItsReasonAndWritesNothing() {
        planned();
        app.releaseGates.add(id -> id == proposal
                ? List.of(new ReleaseBlock("error.test.blocked", "Stopped by finding F-1", List.of("F-1")))
                : List.of());

        assertThatThrownBy(() -> disburse("500000", "PAY-1", null))
                .isInstanceOf(DomainException.class).hasMessage("Stopped by finding F-1");
        assertThat(ledger()).isEmpty();
        assertThat(app.in("NP", () -> app.proposal(proposal)).state()).isEqualTo(ProposalState.APPROVED);
    }

    @Test
    void aDisbursementFromTheOpenTrancheIsRecordedAndTheProposalIsDisbursing() {
        planned();

        Disbursement paid = disburse("500000", "PAY-1", null);

        assertThat(ledger()).containsExactly(paid);
        assertThat(paid.amount()).isEqualTo(Money.of(new BigDecimal("500000"), "NPR"));
        assertThat(paid.trancheNumber()).isEqualTo(1);
        assertThat(paid.recordedBy()).isEqualTo("np.finance");
        assertThat(app.in("NP", () -> app.proposal(proposal)).state()).isEqualTo(ProposalState.DISBURSED);
        assertThat(app.in("NP", () -> app.actionsOn(proposal))).endsWith("DISBURSEMENT_RECORDED", "DISBURSING");
        assertThat(app.disbursed).containsExactly(new DisbursementRecorded("NP", proposal, 1, "np.finance"));
    }

    @Test
    void moreThanIsLeftInTheTrancheIsRefusedWithTheFiguresAndNothingIsRecorded() {
        planned();
        disburse("500000", "PAY-1", null);

        Throwable refused = catchThrowable(() -> disburse("400000.01", "PAY-2", null));

        assertThat(refused).isExactlyInstanceOf(DomainException.class).hasMessage("Disbursing 400000.01 NPR would"
                + " exceed tranche 1 of 900000.00 NPR; at most 400000.00 NPR remains in it");
        assertThat(ledger()).hasSize(1);
        assertThat(app.disbursed).as("only the recorded one is announced").hasSize(1);
    }

    @Test
    void nothingIsDisbursedBeforeATrancheIsOpen() {
        Throwable refused = catchThrowable(() -> disburse("1000", "PAY-1", null));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.tranche.noneOpen");
        assertThat(ledger()).isEmpty();
        assertThat(app.in("NP", () -> app.proposal(proposal)).state()).isEqualTo(ProposalState.APPROVED);
    }

    @Test
    void onlyFinanceDisbursesAndTheRefusalIsAudited() {
        planned();
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);

        assertThatThrownBy(() -> disburse("1000", "PAY-1", null)).isExactlyInstanceOf(ForbiddenException.class);
        assertThat(ledger()).isEmpty();
        assertThat(app.denials).extracting(AccessDenied::actor, AccessDenied::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("np.coordinator", 403));
    }

    @Test
    void aRepeatedRequestWithTheSameKeyRecordsOnceAndAnswersTheFirstEntry() {
        planned();
        Disbursement first = disburse("1000", "PAY-1", "key-1");

        Disbursement again = disburse("1000.00", "PAY-1", "key-1");

        assertThat(again).isSameAs(first);
        assertThat(ledger()).containsExactly(first);
        assertThat(app.disbursed).as("a replay is not announced again").hasSize(1);
    }

    @Test
    void theSameKeyForADifferentDisbursementIsRefused() {
        planned();
        disburse("1000", "PAY-1", "key-1");

        Throwable refused = catchThrowable(() -> disburse("2000", "PAY-2", "key-1"));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.disbursement.keyReusedOtherBody");
        assertThat(ledger()).hasSize(1);
    }

    @Test
    void anEntryIsCorrectedByAReversalReferringToItOnceOnly() {
        planned();
        Disbursement paid = disburse("1000", "PAY-1", null);

        Disbursement reversal = app.in("NP", () -> service.reverse(proposal, paid.id(), "Wrong account"));

        assertThat(ledger()).containsExactly(paid, reversal);
        assertThat(reversal.amount()).isEqualTo(Money.of(new BigDecimal("-1000"), "NPR"));
        assertThat(reversal.reversesId()).isEqualTo(paid.id());
        assertThat(app.in("NP", () -> app.grantRows.disbursedTotal(grant()))).isEqualTo(Money.of(BigDecimal.ZERO, "NPR"));
        assertThat(app.in("NP", () -> app.lastEntryOn(proposal)).detail())
                .isEqualTo("1000.00 NPR (PAY-1) reversed: Wrong account");

        Throwable twice = catchThrowable(() -> app.in("NP", () -> service.reverse(proposal, paid.id(), "Again")));
        assertThat(((ConflictException) twice).messageKey()).isEqualTo("error.disbursement.alreadyReversed");
        assertThat(ledger()).hasSize(2);
    }

    @Test
    void anEntryOfAnotherGrantIsNotFoundForThisOne() {
        planned();
        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.reverse(proposal, 424242L, "No such")));

        assertThat(refused).isExactlyInstanceOf(NotFoundException.class).hasMessage("Ledger entry not found");
    }

    @Test
    void aClosedGrantsLedgerNoLongerChanges() {
        planned();
        Disbursement paid = disburse("1000", "PAY-1", null);
        app.in("NP", () -> grant().close(java.time.Instant.now()));

        Throwable refused = catchThrowable(() -> app.in("NP", () -> service.reverse(proposal, paid.id(), "Late")));

        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.grant.closed");
        assertThat(ledger()).containsExactly(paid);
    }

    @Test
    void theGrantIsReadByFinanceAndItsOwnerButNotByAnotherApplicant() {
        planned();
        disburse("1000", "PAY-1", null);

        GrantView view = app.in("NP", () -> service.ofProposal(proposal)).orElseThrow();
        assertThat(view.disbursed()).isEqualTo(Money.of(new BigDecimal("1000"), "NPR"));
        assertThat(view.tranches()).hasSize(2);

        app.user.as("np.applicant", "NP", Role.APPLICANT);
        assertThat(app.in("NP", () -> service.ofProposal(proposal))).isPresent();

        app.user.as("np.applicant2", "NP", Role.APPLICANT);
        assertThatThrownBy(() -> app.in("NP", () -> service.ofProposal(proposal)))
                .isExactlyInstanceOf(ForbiddenException.class);
    }

    @Test
    void aProposalNotYetApprovedHasNoGrant() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        long draft = app.in("NP", () -> app.draft("Another", LeadActor.OTHER, "100"));
        app.user.as("np.finance", "NP", Role.FINANCE);

        assertThat(app.in("NP", () -> service.ofProposal(draft))).isEmpty();
    }
}
