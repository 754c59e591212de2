package org.m4d.grants.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.m4d.grants.platform.domain.DomainException;

/** Words are counted against a section's limit, and an answer changed in a later round keeps the earlier text (ADR 34). */
class ProposalAnswerTest {

    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");

    @ParameterizedTest(name = "\"{0}\" has {1} words")
    @CsvSource(delimiter = '|', value = {
            "one|1",
            "  two   words  |2",
            "hyphen-ated, punctuated: three.|3",
            "municipalité de Thiès|3",
            "non\u00a0breaking space|3",
            "'   '|0"
    })
    void wordsAreRunsBetweenWhiteSpace(String text, int words) {
        assertThat(Words.count(text)).isEqualTo(words);
    }

    @Test
    void lineBreaksAndTabsSeparateWords() {
        assertThat(Words.count("line\nbreaks\tand\r\ntabs")).isEqualTo(4);
    }

    @Test
    void noTextHasNoWords() {
        assertThat(Words.count(null)).isZero();
        assertThat(Words.count("")).isZero();
    }

    @Test
    void anAnswerAtItsLimitPassesAndOneWordMoreIsRefusedNamingTheSection() {
        assertThat(ProposalAnswer.check("SUMMARY", "one two three", 3)).isEqualTo(3);

        Throwable refused = catchThrowable(() -> ProposalAnswer.check("SUMMARY", "one two three four", 3));

        assertThat(refused).isExactlyInstanceOf(DomainException.class)
                .hasMessage("The answer to SUMMARY has 4 words; its limit is 3");
        assertThat(((DomainException) refused).messageKey()).isEqualTo("error.answer.overLimit");
    }

    @Test
    void rewritingOverTheLimitLeavesTheTextAsItWas() {
        ProposalAnswer answer = new ProposalAnswer(7, "RISKS", 1, "floods", 2, "np.applicant", AT);

        catchThrowable(() -> answer.rewrite("floods and drought", 2, "np.applicant", AT.plusSeconds(60)));

        assertThat(answer.text()).isEqualTo("floods");
        assertThat(answer.words()).isEqualTo(1);
        assertThat(answer.writtenAt()).isEqualTo(AT);
    }

    @Test
    void eachRoundReadsTheLatestTextWrittenUpToIt() {
        List<ProposalAnswer> rows = List.of(
                new ProposalAnswer(7, "SUMMARY", 1, "First summary", 100, "np.applicant", AT),
                new ProposalAnswer(7, "RISKS", 1, "Floods", 100, "np.applicant", AT),
                new ProposalAnswer(7, "SUMMARY", 2, "Revised summary", 100, "np.applicant", AT.plusSeconds(3600)),
                new ProposalAnswer(7, "FREE_3", 3, "Added in round 3", 100, "np.applicant", AT.plusSeconds(7200)));

        Map<String, ProposalAnswer> first = ProposalAnswer.asOf(rows, 1);
        Map<String, ProposalAnswer> second = ProposalAnswer.asOf(rows, 2);
        Map<String, ProposalAnswer> third = ProposalAnswer.asOf(rows, 3);

        assertThat(first.get("SUMMARY").text()).isEqualTo("First summary");
        assertThat(first).containsOnlyKeys("SUMMARY", "RISKS");
        assertThat(second.get("SUMMARY").text()).isEqualTo("Revised summary");
        assertThat(second.get("RISKS").text()).isEqualTo("Floods");
        assertThat(second.get("RISKS").reviewRound()).isEqualTo(1);
        assertThat(third).containsOnlyKeys("SUMMARY", "RISKS", "FREE_3");
        assertThat(ProposalAnswer.writtenIn(rows, "SUMMARY", 2).orElseThrow().text()).isEqualTo("Revised summary");
        assertThat(ProposalAnswer.writtenIn(rows, "RISKS", 2)).isEmpty();
    }

    @Test
    void aBlankAnswerIsNotGiven() {
        assertThat(new ProposalAnswer(7, "SUMMARY", 1, "  \n ", 10, "np.applicant", AT).given()).isFalse();
        assertThat(new ProposalAnswer(7, "SUMMARY", 1, null, 10, "np.applicant", AT).text()).isEmpty();
    }
}
