package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.programme.domain.CallSection;
import org.m4d.grants.programme.domain.SectionKey;
import org.m4d.grants.proposal.domain.AnswerRepository;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalAnswer;

/**
 * The proposal's answers to its call's sections, kept per review round (ADR 34); each public
 * method is one transaction. They are read as the proposal is, and written by the applicant who
 * made it while it is a draft or returned for revision: a draft's answers are round 1's, a revised
 * proposal's the next round's, and an earlier round's text stays as it was.
 */
@ApplicationScoped
@Transactional
public class ProposalAnswers implements ProposalSummaries {

    @Inject
    ProposalService proposals;

    @Inject
    AnswerRepository answers;

    @Inject
    CallForms forms;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    /** The time an answer is written; a test fixes it. */
    Clock clock = Clock.systemUTC();

    /** A section the proposal's form asks, with its answer of the round (an empty text: none). */
    public record Answered(CallSection section, int round, String text, int words) {
        public boolean given() {
            return !text.isBlank();
        }
    }

    /** The proposal's form and its answers in a round. */
    public record Answers(long proposalId, int round, int currentRound, boolean shortForm, int filesRequired,
                          List<Answered> sections) {
    }

    /**
     * The answers as they stood in a round (none: the current one) to the sections the proposal's
     * form asks, for whoever may read the proposal; a round it has not reached is 422.
     */
    public Answers answers(long proposalId, Integer round) {
        Proposal proposal = proposals.readable(proposalId);
        int current = proposal.currentRound();
        int asOf = round == null ? current : round;
        if (asOf < 1 || asOf > current) {
            throw new DomainException("The proposal is in round " + current + "; there is no round " + round)
                    .withKey("error.answer.noRound", current, String.valueOf(round));
        }
        return answersOf(proposal, asOf);
    }

    /**
     * Writes the applicant's answers for the round being written: all or none, each checked against
     * its section's word limit (422 naming the section); only by the applicant who made the proposal,
     * while they may change it.
     */
    public Answers write(long proposalId, @NotNull @Valid AnswerInput input) {
        access.requireRole(Role.APPLICANT);
        Proposal proposal = proposals.proposal(proposalId);
        int round = proposal.writingRound();
        // whoever may change the proposal writes its answers: the same rule as its other edits
        proposals.changeable(proposalId);
        CallForms.Form form = forms.form(proposal);
        if (!form.asksSections()) {
            throw new DomainException("The proposal's call asks no sections").withKey("error.answer.noSections");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (AnswerInput.Answer answer : input.answers()) {
            CallSection section = form.section(answer.section().strip()).orElseThrow(() -> new DomainException(
                    "The proposal's form asks no section " + answer.section())
                    .withKey("error.answer.unknownSection", answer.section()));
            if (texts.put(section.code(), answer.text()) != null) {
                throw new DomainException("The section " + section.code() + " is answered twice")
                        .withKey("error.answer.twice", section.code());
            }
            ProposalAnswer.check(section.code(), answer.text(), section.wordLimit());
        }
        List<ProposalAnswer> all = answers.ofProposal(proposalId);
        Instant now = clock.instant();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            int limit = form.section(entry.getKey()).orElseThrow().wordLimit();
            Optional<ProposalAnswer> thisRound = ProposalAnswer.writtenIn(all, entry.getKey(), round);
            if (thisRound.isPresent()) {
                thisRound.get().rewrite(entry.getValue(), limit, access.username(), now);
            } else {
                answers.add(new ProposalAnswer(proposalId, entry.getKey(), round, entry.getValue(), limit,
                        access.username(), now));
            }
        }
        audit.record(access.username(), "EDITED", ProposalService.SUBJECT, proposalId, proposal.state(),
                proposal.state(), "Answers of round " + round + ": " + String.join(", ", texts.keySet()));
        return answersOf(proposal, round);
    }

    /**
     * The text of the proposal's summary in its current round, for the contexts that show it; empty
     * when its call asks no summary or it is not given. No access check: the callers check.
     */
    public Optional<String> summaryOf(long proposalId) {
        Proposal proposal = proposals.proposal(proposalId);
        return Optional.ofNullable(ProposalAnswer.asOf(answers.ofProposal(proposalId), proposal.currentRound())
                .get(SectionKey.SUMMARY.name())).filter(ProposalAnswer::given).map(ProposalAnswer::text);
    }

    /** Duplicate screening's summary of a proposal: its latest summary written, as {@link #of(Collection)}. */
    @Override
    public Optional<String> of(long proposalId) {
        return Optional.ofNullable(of(List.of(proposalId)).get(proposalId));
    }

    /**
     * The summaries of several proposals in one query, for duplicate screening: each proposal's latest
     * summary written (a proposal in revision: the text it is changing to); those without one are left out.
     */
    @Override
    public Map<Long, String> of(Collection<Long> proposalIds) {
        Map<Long, ProposalAnswer> latest = new LinkedHashMap<>();
        for (ProposalAnswer answer : answers.ofSection(proposalIds, SectionKey.SUMMARY.name())) {
            latest.put(answer.proposalId(), answer);
        }
        Map<Long, String> summaries = new LinkedHashMap<>();
        latest.forEach((id, answer) -> {
            if (answer.given()) {
                summaries.put(id, answer.text());
            }
        });
        return summaries;
    }

    /**
     * The sections of the proposal's form with their answers in its current round, in the call's
     * order, for the contexts that show them (the review page). No access check: the callers check.
     */
    public List<Answered> currentAnswers(long proposalId) {
        Proposal proposal = proposals.proposal(proposalId);
        return answersOf(proposal, proposal.currentRound()).sections();
    }

    /** A draft as the wizard saved it: its id and the version to save against next time. */
    public record Saved(long id, long version) {
    }

    /**
     * The wizard's save, in one transaction: creates the draft (no id) or changes it (against the
     * version the page last saw, when it gives one: a draft a co-applicant changed meanwhile is refused,
     * never overwritten), writes the answers to the sections its form asks (those to others, e.g. of
     * the full form for a request that turned short, are not kept), and submits it if asked. Anything
     * refused saves nothing.
     */
    public Saved saveDraft(Long id, Long seen, @NotNull ProposalDraft draft, @NotNull AnswerInput input, boolean submit) {
        long saved;
        if (id == null) {
            saved = proposals.create(draft);
        } else if (seen == null) {
            proposals.update(id, draft);
            saved = id;
        } else {
            proposals.update(id, seen, draft);
            saved = id;
        }
        CallForms.Form form = forms.form(proposals.proposal(saved));
        List<AnswerInput.Answer> asked = input.answers().stream()
                .filter(a -> a.section() != null && form.section(a.section()).isPresent()).toList();
        if (!asked.isEmpty()) {
            write(saved, new AnswerInput(asked));
        }
        if (submit) {
            proposals.submit(saved);
        }
        return new Saved(saved, proposals.flushed(saved).version());
    }

    /** The proposal's form, for the wizard: which sections, short or full, the files it requires. */
    public CallForms.Form form(long proposalId) {
        return forms.form(proposals.readable(proposalId));
    }

    private Answers answersOf(Proposal proposal, int round) {
        CallForms.Form form = forms.form(proposal);
        Map<String, ProposalAnswer> asOf = ProposalAnswer.asOf(answers.ofProposal(proposal.id()), round);
        List<Answered> sections = new ArrayList<>();
        for (CallSection section : form.sections()) {
            ProposalAnswer answer = asOf.get(section.code());
            sections.add(answer == null ? new Answered(section, round, "", 0)
                    : new Answered(section, answer.reviewRound(), answer.text(), answer.words()));
        }
        return new Answers(proposal.id(), round, proposal.currentRound(), form.shortForm(), form.filesRequired(),
                sections);
    }
}
