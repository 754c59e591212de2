package org.m4d.grants.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/** The places of a proposal's scale-up (docs/adr/0036): trimmed, bounded, each once, only while it may change. */
class ProposalPlacesTest {

    private static Proposal draft() {
        return new Proposal("Skills", Sector.EDUCATION, LeadActor.OTHER, Money.of(new BigDecimal("100"), "NPR"),
                "np.applicant", Instant.EPOCH);
    }

    private static DomainException refused(Proposal proposal, List<Place> places) {
        List<Place> before = proposal.places();
        Throwable thrown = catchThrowable(() -> proposal.locate(places));
        assertThat(thrown).isExactlyInstanceOf(DomainException.class);
        assertThat(proposal.places()).isEqualTo(before);
        return (DomainException) thrown;
    }

    @Test
    void placesAreTrimmedKeptInOrderAndReplacedWhole() {
        Proposal proposal = draft();
        proposal.locate(List.of(new Place(" Bagmati ", "Kirtipur\t"), new Place("Koshi", "Biratnagar")));
        assertThat(proposal.places()).containsExactly(new Place("Bagmati", "Kirtipur"), new Place("Koshi", "Biratnagar"));

        proposal.locate(List.of(new Place("Lumbini", "Butwal")));
        assertThat(proposal.places()).containsExactly(new Place("Lumbini", "Butwal"));
        proposal.locate(List.of());
        assertThat(proposal.places()).isEmpty();
    }

    @Test
    void twentyPlacesAreKeptAndTheTwentyFirstIsRefused() {
        Proposal proposal = draft();
        List<Place> twenty = new ArrayList<>(IntStream.rangeClosed(1, 20).mapToObj(i -> new Place("Bagmati", "Ward " + i)).toList());
        proposal.locate(twenty);
        assertThat(proposal.places()).hasSize(20);

        twenty.add(new Place("Bagmati", "Ward 21"));
        DomainException e = refused(proposal, twenty);
        assertThat(e).hasMessage("A proposal names at most 20 places");
        assertThat(e.messageKey()).isEqualTo("error.proposal.places");
    }

    @Test
    void aBlankOrMissingHalfIsRefused() {
        Proposal proposal = draft();
        proposal.locate(List.of(new Place("Bagmati", "Kirtipur")));
        assertThat(refused(proposal, List.of(new Place("Bagmati", "  "))).messageKey())
                .isEqualTo("error.proposal.placeIncomplete");
        assertThat(refused(proposal, List.of(new Place(null, "Kirtipur"))).messageKey())
                .isEqualTo("error.proposal.placeIncomplete");
        List<Place> withNull = new ArrayList<>();
        withNull.add(null);
        assertThat(refused(proposal, withNull).messageKey()).isEqualTo("error.proposal.placeIncomplete");
    }

    @Test
    void aHundredCharactersAreKeptAndAHundredAndOneRefused() {
        Proposal proposal = draft();
        proposal.locate(List.of(new Place("r".repeat(100), " " + "m".repeat(100) + " ")));
        assertThat(proposal.places().get(0).municipality()).hasSize(100);

        DomainException e = refused(proposal, List.of(new Place("r".repeat(101), "Kirtipur")));
        assertThat(e).hasMessage("A region or municipality has at most 100 characters");
        assertThat(e.messageKey()).isEqualTo("error.proposal.placeLength");
    }

    @Test
    void thePlaceTwiceCaseAndAccentsAsideIsRefused() {
        DomainException e = refused(draft(), List.of(new Place("Bāgmati", "Kirtipur"), new Place("BAGMATI", " kirtipur")));
        assertThat(e).hasMessage("The place BAGMATI / kirtipur is named twice");
        assertThat(e.messageKey()).isEqualTo("error.proposal.placeTwice");
    }

    @Test
    void aSubmittedProposalsPlacesDoNotChange() {
        Proposal proposal = draft();
        proposal.submit(true, new BigDecimal("132.5"), Instant.EPOCH);
        assertThat(refused(proposal, List.of(new Place("Bagmati", "Kirtipur"))).messageKey())
                .isEqualTo("error.proposal.notEditable");
    }
}
