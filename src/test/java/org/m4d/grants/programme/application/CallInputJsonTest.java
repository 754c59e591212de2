package org.m4d.grants.programme.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.api.StrictJson;
import org.m4d.grants.programme.domain.SectionKey;
import org.m4d.grants.proposal.application.AnswerInput;

/** The API's JSON binding opens a call with or without its form, and takes answers (ADR 34). */
class CallInputJsonTest {

    private static final String CALL = "{\"phaseId\":\"M4D-III\",\"title\":\"Spring\",\"opensOn\":\"2026-03-01\","
            + "\"closesOn\":\"2026-04-30\",\"envelopes\":[{\"country\":\"NP\",\"amountUsd\":1000}]";

    @Test
    void aCallWithoutItsFormAsBefore() {
        CallInput input = StrictJson.jsonb().fromJson(CALL + "}", CallInput.class);

        assertThat(input).isEqualTo(new CallInput("M4D-III", "Spring", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30), List.of(new CallInput.Envelope("NP", new BigDecimal("1000"))), null, null,
                null, null));
    }

    @Test
    void aCallWithALibrarySectionAFreeOneAShortFormAndFiles() {
        CallInput input = StrictJson.jsonb().fromJson(CALL + ",\"sections\":[{\"key\":\"SUMMARY\",\"required\":true,"
                + "\"wordLimit\":10},{\"questionEn\":\"Why?\",\"questionFr\":\"Pourquoi ?\",\"questionEs\":\"¿Por qué?\","
                + "\"shortForm\":true}],\"shortFormUnderUsd\":50000,\"filesRequired\":2,\"filesRequiredShort\":1}",
                CallInput.class);

        assertThat(input.sections()).containsExactly(
                new CallInput.Section(SectionKey.SUMMARY, null, null, null, null, null, null, true, 10, null),
                new CallInput.Section(null, "Why?", "Pourquoi ?", "¿Por qué?", null, null, null, null, null, true));
        assertThat(input.shortFormUnderUsd()).isEqualByComparingTo("50000");
        assertThat(input.filesRequired()).isEqualTo(2);
        assertThat(input.filesRequiredShort()).isEqualTo(1);
    }

    @Test
    void answers() {
        AnswerInput input = StrictJson.jsonb().fromJson("{\"answers\":[{\"section\":\"SUMMARY\",\"text\":\"Clinics.\"},"
                + "{\"section\":\"FREE_3\"}]}", AnswerInput.class);

        assertThat(input.answers()).containsExactly(new AnswerInput.Answer("SUMMARY", "Clinics."),
                new AnswerInput.Answer("FREE_3", null));
    }
}
