package org.m4d.grants.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.m4d.grants.platform.domain.DomainException;

/** A call's form (ADR 34): its sections, each with a question in the three languages and a positive word limit. */
class CallFormTest {

    private static final CallSection.Texts QUESTION = new CallSection.Texts("Why?", "Pourquoi ?", "¿Por qué?");
    private static final CallSection.Texts NO_HELP = new CallSection.Texts(null, " ", null);

    private static Call call() {
        return Call.open("M4D-III", "Spring call", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30),
                Map.of("NP", new BigDecimal("100000")), Set.of("NP"), "pmu", Instant.EPOCH);
    }

    private static DomainException refusal(Runnable step) {
        Throwable refused = catchThrowable(step::run);
        assertThat(refused).isExactlyInstanceOf(DomainException.class);
        return (DomainException) refused;
    }

    @Test
    void aFreeSectionIsNumberedByItsPlaceAndALibrarySectionByItsKey() {
        CallSection summary = CallSection.of(1, SectionKey.SUMMARY, QUESTION, NO_HELP, true, 300, true);
        CallSection free = CallSection.of(2, null, new CallSection.Texts(" Budget? ", "Budget ?", "¿Presupuesto?"),
                new CallSection.Texts("Per year", null, null), false, 200, false);

        assertThat(summary.code()).isEqualTo("SUMMARY");
        assertThat(summary.library()).isTrue();
        assertThat(free.code()).isEqualTo("FREE_2");
        assertThat(free.library()).isFalse();
        assertThat(free.question(Locale.ENGLISH)).isEqualTo("Budget?");
        assertThat(free.question(Locale.FRENCH)).isEqualTo("Budget ?");
        assertThat(free.question(Locale.forLanguageTag("es"))).isEqualTo("¿Presupuesto?");
        assertThat(free.help(Locale.ENGLISH)).isEqualTo("Per year");
        assertThat(free.help(Locale.FRENCH)).isNull();
        assertThat(summary.help(Locale.FRENCH)).isNull();
    }

    @ParameterizedTest(name = "word limit {0}")
    @ValueSource(ints = {0, -1, 10_001})
    void aWordLimitOutsideOneToTenThousandIsRefused(int words) {
        DomainException refused = refusal(() -> CallSection.of(3, null, QUESTION, NO_HELP, false, words, false));

        assertThat(refused).hasMessage("The word limit of section 3 must be 1 to 10000, not " + words);
        assertThat(refused.messageKey()).isEqualTo("error.call.sectionWords");
    }

    @Test
    void aSectionWithoutAWordLimitIsRefused() {
        assertThat(refusal(() -> CallSection.of(1, null, QUESTION, NO_HELP, false, null, false)).messageKey())
                .isEqualTo("error.call.sectionWords");
    }

    @Test
    void aQuestionMissingOrBlankInALanguageIsRefused() {
        DomainException blank = refusal(() -> CallSection.of(2, null, new CallSection.Texts("Why?", "  ", "¿Por qué?"),
                NO_HELP, false, 100, false));
        DomainException none = refusal(() -> CallSection.of(4, null, null, NO_HELP, false, 100, false));

        assertThat(blank).hasMessage("Section 2 needs its question in English, French and Spanish");
        assertThat(blank.messageKey()).isEqualTo("error.call.sectionQuestion");
        assertThat(none).hasMessage("Section 4 needs its question in English, French and Spanish");
    }

    @Test
    void theShortFormAsksTheSectionsMarkedForItAndFewerFiles() {
        Call call = call();
        call.askForm(List.of(CallSection.of(1, SectionKey.SUMMARY, QUESTION, NO_HELP, true, 300, true),
                CallSection.of(2, SectionKey.RISKS, QUESTION, NO_HELP, true, 500, false),
                CallSection.of(3, null, QUESTION, NO_HELP, false, 100, true)), new BigDecimal("50000"), 3, 1);

        assertThat(call.sections(false)).extracting(CallSection::code).containsExactly("SUMMARY", "RISKS", "FREE_3");
        assertThat(call.sections(true)).extracting(CallSection::code).containsExactly("SUMMARY", "FREE_3");
        assertThat(call.shortFormUnderUsd()).contains(new BigDecimal("50000.00"));
        assertThat(call.filesRequired(false)).isEqualTo(3);
        assertThat(call.filesRequired(true)).isEqualTo(1);
    }

    @Test
    void aLibrarySectionAskedTwiceIsRefusedAndTheCallKeepsNoForm() {
        Call call = call();
        DomainException refused = refusal(() -> call.askForm(List.of(
                CallSection.of(1, SectionKey.RISKS, QUESTION, NO_HELP, true, 300, true),
                CallSection.of(2, SectionKey.RISKS, QUESTION, NO_HELP, true, 300, true)), null, 0, 0));

        assertThat(refused).hasMessage("The section RISKS is asked twice");
        assertThat(call.sections()).isEmpty();
    }

    @Test
    void aThresholdNotAboveZeroOrWithThirdDecimalsIsRefused() {
        List<CallSection> sections = List.of(CallSection.of(1, SectionKey.SUMMARY, QUESTION, NO_HELP, true, 300, true));
        for (String threshold : List.of("0", "-1", "1000.001")) {
            assertThat(refusal(() -> call().askForm(sections, new BigDecimal(threshold), 0, 0)).messageKey())
                    .as(threshold).isEqualTo("error.call.shortFormThreshold");
        }
    }

    @Test
    void theShortFormRequiresNoMoreFilesThanTheFullFormAndAtMostTen() {
        List<CallSection> sections = List.of(CallSection.of(1, SectionKey.SUMMARY, QUESTION, NO_HELP, true, 300, true));
        assertThat(refusal(() -> call().askForm(sections, null, 1, 2)).messageKey()).isEqualTo("error.call.filesRequired");
        assertThat(refusal(() -> call().askForm(sections, null, 11, 0)).messageKey()).isEqualTo("error.call.filesRequired");
        assertThat(refusal(() -> call().askForm(sections, null, -1, 0)).messageKey()).isEqualTo("error.call.filesRequired");
        assertThat(refusal(() -> call().askForm(List.of(), null, 0, 0)).messageKey()).isEqualTo("error.call.sectionCount");
    }
}
