package org.m4d.grants.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;

/** When the wizard saves as the user types, what it makes of a failure, and the step it opens at. */
class AutosaveTest {

    private static ProposalDraft draft(String title) {
        return new ProposalDraft(title, Sector.HEALTH, LeadActor.OTHER, new BigDecimal("1000.00"), null, null, null, null);
    }

    @Test
    void aNewDraftIsAlwaysSavedASavedOneOnlyWhenTheFormChanged() {
        assertThat(Autosave.needed(null, null, draft("Clinics"))).isTrue();
        assertThat(Autosave.needed(7L, draft("Clinics"), draft("Clinics"))).isFalse();
        assertThat(Autosave.needed(7L, draft("Clinics"), draft("Clinics and schools"))).isTrue();
        assertThat(Autosave.needed(7L, null, draft("Clinics"))).isTrue();
    }

    @Test
    void aChangeMadeMeanwhileIsRecognisedThroughItsWrappersAndNothingElseIs() {
        assertThat(Autosave.changedMeanwhile(new FacesException(new ELException(new OptimisticLockException("v3, not v2")))))
                .isTrue();
        assertThat(Autosave.changedMeanwhile(new OptimisticLockException())).isTrue();
        assertThat(Autosave.changedMeanwhile(new IllegalStateException("database away"))).isFalse();
    }

    @Test
    void theWizardOpensAtTheStepAskedForWhenItHasItElseAtItsFirst() {
        List<String> steps = List.of("basics", "results", "budget", "files", "confirm");

        assertThat(Autosave.step("budget", steps)).isEqualTo("budget");
        assertThat(Autosave.step("nowhere", steps)).isEqualTo("basics");
        assertThat(Autosave.step(null, steps)).isEqualTo("basics");
        assertThat(Autosave.step("basics", List.of())).isNull();
    }
}
