package org.m4d.grants.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.application.PlaceInput;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Place;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.Sector;

/** The wizard's places: one "Region / Municipality" a line, as saved and as shown again. */
class ProposalFormPlacesTest {

    @Test
    void eachLineIsAPlaceSplitAtItsFirstSlashAndBlankLinesAreSkipped() {
        ProposalForm form = new ProposalForm();
        form.setPlaces("Bagmati / Kirtipur\n\n  Koshi/Biratnagar / Ward 3  \r\nLumbini\n");

        assertThat(form.places()).containsExactly(new PlaceInput("Bagmati ", " Kirtipur"),
                new PlaceInput("Koshi", "Biratnagar / Ward 3"), new PlaceInput("Lumbini", null));
        assertThat(form.draft().places()).isEqualTo(form.places());
    }

    @Test
    void noTextIsNoPlaceAndASavedProposalsPlacesAreShownOneALine() {
        ProposalForm empty = new ProposalForm();
        assertThat(empty.places()).isEmpty();
        empty.setPlaces(" \n ");
        assertThat(empty.places()).isEmpty();

        Proposal proposal = new Proposal("Skills", Sector.EDUCATION, LeadActor.OTHER,
                Money.of(new BigDecimal("100"), "NPR"), "np.applicant", Instant.EPOCH);
        proposal.locate(List.of(new Place("Bagmati", "Kirtipur"), new Place("Koshi", "Biratnagar")));
        assertThat(ProposalForm.of(proposal).getPlaces()).isEqualTo("Bagmati / Kirtipur\nKoshi / Biratnagar");
    }
}
