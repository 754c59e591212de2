package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.programme.domain.CallSection;
import org.m4d.grants.programme.domain.SectionKey;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.testing.UseCases;

/**
 * A proposal's answers to its call's sections (ADR 34): checked against their word limits before
 * anything is written, required to submit, kept per review round; the short form asks fewer.
 */
class ProposalAnswersTest {

    private static final CallSection.Texts HELP = new CallSection.Texts(null, null, null);

    private final UseCases app = new UseCases();
    private final ProposalAnswers answers = app.answers;

    @BeforeEach
    void onTheCallsDay() {
        app.proposals.clock = Clock.fixed(Instant.parse("2026-03-15T06:00:00Z"), ZoneOffset.UTC);
        app.user.as("np.applicant", "NP", Role.APPLICANT);
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private static CallSection.Texts question(String english) {
        return new CallSection.Texts(english, english + " (fr)", english + " (es)");
    }

    /**
     * A call for Nepal with a required summary of at most 5 words (short form too), a required
     * risks section of the full form only, and a free optional section; the short form under
     * USD 1,000, requiring one file in the full form and none in the short one.
     */
    private long call() {
        Call call = Call.open("TEST-PHASE", "Spring call", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30),
                Map.of("NP", new BigDecimal("100000")), Set.of("NP"), "pmu", Instant.EPOCH);
        call.askForm(List.of(
                CallSection.of(1, SectionKey.SUMMARY, question("Summary"), HELP, true, 5, true),
                CallSection.of(2, SectionKey.RISKS, question("Risks"), HELP, true, 50, false),
                CallSection.of(3, null, question("Anything else?"), HELP, false, 20, true)),
                new BigDecimal("1000"), 1, 0);
        app.callRows.add(call);
        return call.id();
    }

    /** A draft for the call asking NPR amount (133.5 NPR a dollar). */
    private long draft(long call, String amount) {
        return app.in("NP", () -> app.proposals.create(new ProposalDraft("Clinic", Sector.HEALTH, LeadActor.OTHER,
                new BigDecimal(amount), null, null, call, null)));
    }

    private static AnswerInput write(String... sectionsAndTexts) {
        List<AnswerInput.Answer> list = new java.util.ArrayList<>();
        for (int i = 0; i < sectionsAndTexts.length; i += 2) {
            list.add(new AnswerInput.Answer(sectionsAndTexts[i], sectionsAndTexts[i + 1]));
        }
        return new AnswerInput(list);
    }

    private static DomainException refusal(Runnable step) {
        Throwable refused = catchThrowable(step::run);
        assertThat(refused).isExactlyInstanceOf(DomainException.class);
        return (DomainException) refused;
    }

    @Test
    void theApplicantWritesAnswersOfRoundOneAndReadsThemWithTheirQuestions() {
        long id = draft(call(), "1335000");

        ProposalAnswers.Answers written = app.in("NP", () -> answers.write(id,
                write("SUMMARY", "Clinics for returnees.", "FREE_3", "Nothing")));

        assertThat(written.round()).isEqualTo(1);
        assertThat(written.shortForm()).isFalse();
        assertThat(written.filesRequired()).isEqualTo(1);
        assertThat(written.sections()).extracting(a -> a.section().code() + "=" + a.text() + "/" + a.words())
                .containsExactly("SUMMARY=Clinics for returnees./3", "RISKS=/0", "FREE_3=Nothing/1");
        assertThat(app.in("NP", () -> answers.summaryOf(id))).contains("Clinics for returnees.");
        assertThat(app.in("NP", () -> answers.currentAnswers(id))).extracting(a -> a.section().question().fr())
                .containsExactly("Summary (fr)", "Risks (fr)", "Anything else? (fr)");
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED", "EDITED");
    }

    @Test
    void anAnswerOverItsWordLimitIsRefusedNamingTheSectionAndNothingIsWritten() {
        long id = draft(call(), "1335000");

        DomainException refused = refusal(() -> app.in("NP", () -> answers.write(id,
                write("FREE_3", "Fine", "SUMMARY", "one two three four five six"))));

        assertThat(refused).hasMessage("The answer to SUMMARY has 6 words; its limit is 5");
        assertThat(refused.messageKey()).isEqualTo("error.answer.overLimit");
        assertThat(app.in("NP", () -> app.answerRows.all())).isEmpty();
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED");
    }

    @Test
    void aSectionTheFormDoesNotAskIsRefused() {
        long id = draft(call(), "1335000");

        DomainException refused = refusal(() -> app.in("NP", () -> answers.write(id, write("GENDER_INCLUSION", "x"))));

        assertThat(refused.messageKey()).isEqualTo("error.answer.unknownSection");
        assertThat(app.in("NP", () -> app.answerRows.all())).isEmpty();
    }

    @Test
    void onlyTheApplicantWhoMadeTheProposalWritesItsAnswers() {
        long id = draft(call(), "1335000");
        app.user.as("np.applicant2", "NP", Role.APPLICANT);

        assertThat(catchThrowable(() -> app.in("NP", () -> answers.write(id, write("SUMMARY", "Mine")))))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.answerRows.all())).isEmpty();
    }

    @Test
    void aRequiredSectionMissingBlocksSubmissionNamingIt() {
        long id = draft(call(), "1335000");
        app.in("NP", () -> answers.write(id, write("SUMMARY", "Clinics for returnees.")));

        DomainException refused = refusal(() -> app.in("NP", () -> app.proposals.submit(id)));

        assertThat(refused).hasMessage("Answer the required sections before submitting: RISKS (Risks)");
        assertThat(refused.messageKey()).isEqualTo("error.answer.requiredMissing");
        assertThat(app.workflow.starts()).isEmpty();
    }

    @Test
    void theFullFormRequiresItsFilesBeforeSubmission() {
        long id = draft(call(), "1335000");
        app.in("NP", () -> answers.write(id, write("SUMMARY", "Clinics.", "RISKS", "Floods.")));

        DomainException refused = refusal(() -> app.in("NP", () -> app.proposals.submit(id)));

        assertThat(refused).hasMessage("The call requires 1 attached files; the proposal has 0");
        assertThat(app.workflow.starts()).isEmpty();
    }

    @Test
    void aRequestUnderTheThresholdFillsTheShortFormWithFewerSectionsAndFiles() {
        // NPR 100,000 at 133.5 a dollar: USD 749.06, under the call's USD 1,000
        long id = draft(call(), "100000");
        ProposalAnswers.Answers form = app.in("NP", () -> answers.answers(id, null));
        assertThat(form.shortForm()).isTrue();
        assertThat(form.filesRequired()).isZero();
        assertThat(form.sections()).extracting(a -> a.section().code()).containsExactly("SUMMARY", "FREE_3");
        assertThat(refusal(() -> app.in("NP", () -> answers.write(id, write("RISKS", "Floods.")))).messageKey())
                .isEqualTo("error.answer.unknownSection");

        app.in("NP", () -> answers.write(id, write("SUMMARY", "Clinics.")));
        app.in("NP", () -> app.proposals.submit(id));

        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.SUBMITTED);
    }

    @Test
    void anAnswerChangedInTheRevisionRoundKeepsRoundOnesText() {
        long id = draft(call(), "100000");
        app.in("NP", () -> answers.write(id, write("SUMMARY", "First summary.", "FREE_3", "Kept")));
        app.in("NP", () -> app.proposals.submit(id));
        app.in("NP", () -> app.proposal(id).screen(Decision.REVISE));

        ProposalAnswers.Answers revised = app.in("NP", () -> answers.write(id, write("SUMMARY", "Revised summary.")));

        assertThat(revised.round()).isEqualTo(2);
        assertThat(revised.sections()).extracting(a -> a.section().code() + "=" + a.text() + "@" + a.round())
                .containsExactly("SUMMARY=Revised summary.@2", "FREE_3=Kept@1");
        assertThat(app.in("NP", () -> answers.answers(id, 1)).sections())
                .extracting(a -> a.section().code() + "=" + a.text())
                .containsExactly("SUMMARY=First summary.", "FREE_3=Kept");
        assertThat(app.in("NP", () -> answers.summaryOf(id))).contains("Revised summary.");
        assertThat(refusal(() -> app.in("NP", () -> answers.answers(id, 3))).messageKey())
                .isEqualTo("error.answer.noRound");
    }

    @Test
    void aProposalOfACallWithoutSectionsIsSubmittedAsBeforeAndHasNoAnswersToWrite() {
        long id = app.in("NP", () -> app.draft("Old kind", LeadActor.OTHER, "1000"));

        assertThat(refusal(() -> app.in("NP", () -> answers.write(id, write("SUMMARY", "x")))).messageKey())
                .isEqualTo("error.answer.noSections");
        app.in("NP", () -> app.proposals.submit(id));

        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(app.in("NP", () -> answers.summaryOf(id))).isEmpty();
    }

    @Test
    void answersAreNotWrittenOnceTheProposalIsSubmitted() {
        long id = draft(call(), "100000");
        app.in("NP", () -> answers.write(id, write("SUMMARY", "Clinics.")));
        app.in("NP", () -> app.proposals.submit(id));

        assertThat(refusal(() -> app.in("NP", () -> answers.write(id, write("SUMMARY", "Later")))).messageKey())
                .isEqualTo("error.proposal.notEditable");
        assertThat(app.in("NP", () -> answers.summaryOf(id))).contains("Clinics.");
    }
}
