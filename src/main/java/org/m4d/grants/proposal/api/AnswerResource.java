package org.m4d.grants.proposal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.programme.domain.CallSection;
import org.m4d.grants.proposal.application.AnswerInput;
import org.m4d.grants.proposal.application.ProposalAnswers;

/**
 * A proposal's answers to its call's sections, {@code /api/v1/tenants/NP/proposals/7/answers}
 * (ADR 34): read as the proposal is, in its current round or an earlier one; written by its
 * applicant while it is a draft or returned for revision.
 */
@RequestTransaction
@Path("tenants/{tenant}/proposals/{id}/answers")
@Produces(MediaType.APPLICATION_JSON)
public class AnswerResource {

    /** The proposal's form and its answers as they stood in a round. */
    public record AnswersDto(long proposalId, int round, int currentRound, boolean shortForm, int filesRequired,
                             List<AnswerDto> sections) {
        static AnswersDto of(ProposalAnswers.Answers answers) {
            return new AnswersDto(answers.proposalId(), answers.round(), answers.currentRound(), answers.shortForm(),
                    answers.filesRequired(), answers.sections().stream().map(AnswerDto::of).toList());
        }
    }

    /** A section the form asks, with the answer and the round it was written in (an empty text: none yet). */
    public record AnswerDto(String section, boolean library, Map<String, String> question, Map<String, String> help,
                            boolean required, int wordLimit, int round, String text, int words) {
        static AnswerDto of(ProposalAnswers.Answered answered) {
            CallSection s = answered.section();
            return new AnswerDto(s.code(), s.library(), languages(s.question()), languages(s.help()), s.required(),
                    s.wordLimit(), answered.round(), answered.text(), answered.words());
        }
    }

    /** A section's texts by language: en, fr, es; a language without a text is left out. */
    private static Map<String, String> languages(CallSection.Texts texts) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : List.of("en", "fr", "es")) {
            if (texts.in(language) != null) {
                byLanguage.put(language, texts.in(language));
            }
        }
        return byLanguage;
    }

    @Inject
    ProposalAnswers answers;

    /** The answers of the current round, or ?round=1 for those as they stood in round 1. */
    @GET
    public AnswersDto get(@PathParam("id") long id, @QueryParam("round") String round) {
        return AnswersDto.of(answers.answers(id, round(round)));
    }

    /** A round's number from the query, none for the current round; anything but a few digits is 400. */
    private static Integer round(String round) {
        if (round == null) {
            return null;
        }
        if (!round.matches("[0-9]{1,4}")) {
            throw new jakarta.ws.rs.BadRequestException("round is a review round's number, 1 or more");
        }
        return Integer.valueOf(round);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswersDto put(@PathParam("id") long id, AnswerInput input) {
        return AnswersDto.of(answers.write(id, input));
    }
}
