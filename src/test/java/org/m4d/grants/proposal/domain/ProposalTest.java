package org.m4d.grants.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static Proposal draft() {
        return new Proposal("  Skills recognition for returnees ", Sector.EMPLOYMENT,
                Money.of(new BigDecimal("1000"), "NPR"), "np.applicant", NOW);
    }

    @Test
    void startsAsTrimmedDraft() {
        Proposal proposal = draft();
        assertThat(proposal.state()).isEqualTo(ProposalState.DRAFT);
        assertThat(proposal.title()).isEqualTo("Skills recognition for returnees");
        assertThat(proposal.requestedAmount()).isEqualTo(Money.of(new BigDecimal("1000.00"), "NPR"));
    }

    @Test
    void needsTitleSectorAndPositiveAmount() {
        Money amount = Money.of(BigDecimal.TEN, "NPR");
        assertThatThrownBy(() -> new Proposal(" ", Sector.HEALTH, amount, "u", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Proposal("t", null, amount, "u", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Proposal("t", Sector.HEALTH, Money.zero("NPR"), "u", NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("more than zero");
    }

    @Test
    void eligibleTenantSubmitsOnce() {
        Proposal proposal = draft();
        proposal.submit(true, NOW);
        assertThat(proposal.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(proposal.submittedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> proposal.submit(true, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void knowledgeSharingTenantCannotSubmit() {
        Proposal proposal = draft();
        assertThatThrownBy(() -> proposal.submit(false, NOW)).isInstanceOf(DomainException.class)
                .hasMessageContaining("knowledge sharing only");
        assertThat(proposal.state()).isEqualTo(ProposalState.DRAFT);
    }

    @Test
    void screeningDecidesOnlySubmittedProposals() {
        Proposal approved = draft();
        assertThatThrownBy(() -> approved.screen(true)).isInstanceOf(DomainException.class);
        approved.submit(true, NOW);
        approved.screen(true);
        assertThat(approved.state()).isEqualTo(ProposalState.APPROVED);

        Proposal rejected = draft();
        rejected.submit(true, NOW);
        rejected.screen(false);
        assertThat(rejected.state()).isEqualTo(ProposalState.REJECTED);
        assertThatThrownBy(rejected::markDisbursed).isInstanceOf(DomainException.class);
    }

    @Test
    void approvedProposalBecomesDisbursedAndStaysSo() {
        Proposal proposal = draft();
        proposal.submit(true, NOW);
        proposal.screen(true);
        proposal.markDisbursed();
        proposal.markDisbursed();
        assertThat(proposal.state()).isEqualTo(ProposalState.DISBURSED);
    }
}
