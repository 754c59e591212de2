package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.testing.InMemoryRates;
import org.m4d.grants.testing.UseCases;

/**
 * Each dollar figure at the rate of its own date: the proposal's at submission, the agreement's at
 * approval, each ledger entry's on the day it was paid. Nepal's rupee: 133.5 per USD since 2000,
 * 140 since yesterday, 150 from tomorrow; NPR 1,400,000 is asked for.
 */
class RatesOfTheirDateTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("UTC"));
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    private final UseCases app = new UseCases();
    private final GrantService service = app.grants;
    private final long proposal;

    RatesOfTheirDateTest() {
        app.rates.add("NPR", TODAY.minusDays(1), "140").add("NPR", TODAY.plusDays(1), "150")
                .add("NPR", MARCH, "120");
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        proposal = app.in("NP", () -> app.draft("Remittances for rural clinics", LeadActor.OTHER, "1400000"));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.approve(proposal));
        app.in("NP", () -> service.createAgreement(proposal, "np.coordinator"));
        app.user.as("np.finance", "NP", Role.FINANCE);
        app.in("NP", () -> {
            grant().plan(Modality.DIRECT_CASH_TRANSFER, List.of(new BigDecimal("100"))).forEach(app.grantRows::store);
            service.openTranche(proposal, 1);
            app.grantRows.authoriseAdvance(grant(), 1);
        });
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private GrantAgreement grant() {
        return app.grantRows.findByProposal(proposal).orElseThrow();
    }

    private Disbursement paid(String amount, LocalDate on, String reference) {
        return app.in("NP", () -> service.disburse(proposal, new DisbursementEntry(new BigDecimal(amount), on,
                reference), null));
    }

    @Test
    void theProposalKeepsTheRateInForceOnTheDayItWasSubmitted() {
        Proposal submitted = app.in("NP", () -> app.proposal(proposal));

        assertThat(submitted.usdRate()).isEqualByComparingTo("140");
        assertThat(submitted.requestedUsd()).isEqualByComparingTo("10000.00");
    }

    @Test
    void theAgreementKeepsTheRateInForceOnTheDayItWasApproved() {
        GrantAgreement grant = app.in("NP", this::grant);

        assertThat(grant.usdRate()).isEqualByComparingTo("140");
        assertThat(grant.approvedUsd()).isEqualByComparingTo("10000.00");
    }

    @Test
    void eachEntryRecordsTheRateOfItsOwnDateAndTheLedgerAddsThemInDollars() {
        Disbursement dayBefore = paid("133500", MARCH.minusDays(1), "PAY-1");
        Disbursement onTheDay = paid("120000", MARCH, "PAY-2");
        Disbursement yesterday = paid("140000", TODAY.minusDays(1), "PAY-3");

        assertThat(dayBefore.usdRate()).isEqualByComparingTo("133.5");
        assertThat(dayBefore.usdAmount()).isEqualByComparingTo("1000.00");
        assertThat(onTheDay.usdRate()).isEqualByComparingTo("120");
        assertThat(onTheDay.usdAmount()).isEqualByComparingTo("1000.00");
        assertThat(yesterday.usdRate()).isEqualByComparingTo("140");
        GrantLedger ledger = app.in("NP", () -> GrantLedger.of("NP", proposal, "t", grant(),
                app.grantRows.tranches(grant()), app.grantRows.ledger(grant()), true));
        assertThat(ledger.netUsd()).isEqualByComparingTo("3000.00");
    }

    @Test
    void aReversalTakesBackTheSameDollarsAtTheRateOfTheEntryItCorrects() {
        Disbursement entry = paid("133500", MARCH.minusDays(1), "PAY-1");

        Disbursement reversal = app.in("NP", () -> service.reverse(proposal, entry.id(), "Wrong account"));

        assertThat(reversal.usdRate()).isEqualByComparingTo("133.5");
        assertThat(reversal.usdAmount()).isEqualByComparingTo("-1000.00");
    }

    @Test
    void aPaymentDatedBeforeAnyRateIsRefusedAndNothingIsRecorded() {
        Throwable refused = catchThrowable(() -> paid("1000", InMemoryRates.SEEDED.minusDays(1), "PAY-0"));

        assertThat(refused).isExactlyInstanceOf(DomainException.class).hasMessage("No dollar rate of NPR is in force"
                + " on 1999-12-31; finance or the programme unit enter one on the rates page");
        assertThat(app.in("NP", () -> app.grantRows.ledger(grant()))).isEmpty();
    }
}
