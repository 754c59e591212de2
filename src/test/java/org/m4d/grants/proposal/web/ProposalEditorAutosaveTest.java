package org.m4d.grants.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;

/**
 * The wizard's autosave on the use cases in memory: the first save makes the draft and later ones
 * update that one, a form with nothing new saves nothing, and a draft a co-applicant saved since the
 * page last saw it is not overwritten.
 */
class ProposalEditorAutosaveTest {

    private final UseCases app = new UseCases();

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private ProposalEditor editor() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        ProposalEditor editor = new ProposalEditor();
        editor.proposals = app.proposals;
        editor.answers = app.answers;
        editor.context = app.context;
        Wiring.set(editor, ProposalEditor.class, "tenantCode", "NP");
        editor.getForm().setTitle("Clinics for returnees");
        editor.getForm().setSector(Sector.HEALTH);
        editor.getForm().setRequestedAmount(new BigDecimal("250000"));
        return editor;
    }

    @Test
    void theFirstAutosaveMakesTheDraftLaterOnesUpdateItAndNothingNewSavesNothing() {
        ProposalEditor editor = editor();

        assertThat(editor.autosaveOutcome()).isEqualTo(Autosave.Outcome.SAVED);
        long id = editor.getId();
        assertThat(editor.autosaveOutcome()).isEqualTo(Autosave.Outcome.SAVED);
        editor.getForm().setSdgTargets("10.7, 8.8");
        assertThat(editor.autosaveOutcome()).isEqualTo(Autosave.Outcome.SAVED);

        assertThat(editor.getId()).isEqualTo(id);
        assertThat(app.in("NP", () -> app.proposalRows.all(0, 100)).stream().map(Proposal::title))
                .containsExactly("Clinics for returnees");
        assertThat(app.in("NP", () -> app.proposal(id)).profile().sdgTargets()).containsExactly("10.7", "8.8");
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED", "EDITED");
    }

    @Test
    void aDraftACoApplicantSavedMeanwhileIsNotOverwritten() {
        ProposalEditor editor = editor();
        editor.autosaveOutcome();
        long id = editor.getId();
        // the co-applicant's save, made since this page last saved
        Proposal stored = app.in("NP", () -> app.proposal(id));
        Wiring.set(stored, Proposal.class, "version", stored.version() + 1);

        editor.getForm().setTitle("Clinics, mine");

        assertThat(editor.autosaveOutcome()).isEqualTo(Autosave.Outcome.CONFLICT);
        assertThat(app.in("NP", () -> app.proposal(id)).title()).isEqualTo("Clinics for returnees");
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED");
    }
}
