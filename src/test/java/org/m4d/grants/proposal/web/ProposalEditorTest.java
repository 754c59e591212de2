package org.m4d.grants.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Outcome;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Phase;
import org.m4d.grants.programme.application.ProgrammeCatalogue.ProgrammeIndicator;
import org.m4d.grants.proposal.application.ProgrammeFit;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.testing.FixedProgramme;
import org.m4d.grants.testing.InMemoryMarkerRequirements;
import org.m4d.grants.testing.Wiring;

/** The wizard offers the outcomes and links of the draft's own phase, the one saving checks against. */
class ProposalEditorTest {

    /** Phase III (2019 to 2023, three outcomes) and the current phase (from 2023-11-01, four, one indicator). */
    private final FixedProgramme catalogue = new FixedProgramme(
            List.of(new Phase("M4D-III", "M4D", "Phase III", "SDC", LocalDate.of(2019, 11, 1), LocalDate.of(2023, 10, 31),
                            Set.of("NP")),
                    new Phase("M4D-IV", "M4D", "Phase IV", "SDC", LocalDate.of(2023, 11, 1), LocalDate.of(2099, 10, 31),
                            Set.of("NP"))),
            List.of(new Outcome("M4D-III", 1, "Services"), new Outcome("M4D-III", 2, "Institutions"),
                    new Outcome("M4D-III", 3, "Policies"), new Outcome("M4D-IV", 1, "Access"),
                    new Outcome("M4D-IV", 2, "Institutions"), new Outcome("M4D-IV", 3, "Policies"),
                    new Outcome("M4D-IV", 4, "Local plans")),
            List.of(new ProgrammeIndicator(21, "M4D-III", 2, "Officials trained", "people"),
                    new ProgrammeIndicator(41, "M4D-IV", 4, "Local plans adopted", "plans")));

    private ProposalEditor editor() {
        ProposalEditor editor = new ProposalEditor();
        editor.fit = Wiring.wire(new ProgrammeFit(), catalogue, new InMemoryMarkerRequirements());
        return editor;
    }

    @Test
    void aDraftMadeInAnEarlierPhaseIsOfferedThatPhasesOutcomesAndLinks() {
        ProposalEditor editor = editor();
        editor.opened(new Proposal("Skills recognition", Sector.EMPLOYMENT, LeadActor.OTHER,
                Money.of(new BigDecimal("1000"), "NPR"), "np.applicant",
                LocalDate.of(2023, 6, 1).atStartOfDay(ZoneOffset.UTC).toInstant()));

        assertThat(editor.getOutcomes()).extracting(Outcome::number, Outcome::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Services"),
                        org.assertj.core.groups.Tuple.tuple(2, "Institutions"),
                        org.assertj.core.groups.Tuple.tuple(3, "Policies"));
        assertThat(editor.getIndicatorLinks()).extracting(ProgrammeFit.LinkOption::value)
                .containsExactly("O:1", "O:2", "I:2:21", "O:3");
    }

    @Test
    void aNewDraftIsOfferedTodaysPhase() {
        ProposalEditor editor = editor();

        assertThat(editor.getOutcomes()).extracting(Outcome::number).containsExactly(1, 2, 3, 4);
        assertThat(editor.getIndicatorLinks()).extracting(ProgrammeFit.LinkOption::value)
                .containsExactly("O:1", "O:2", "O:3", "O:4", "I:4:41");
    }
}
