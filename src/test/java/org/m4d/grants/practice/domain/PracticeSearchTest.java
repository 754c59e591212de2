package org.m4d.grants.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a search of the library matches: text in any written part, sector, outcome and country. */
class PracticeSearchTest {

    private static final PracticeSearch EVERYTHING = new PracticeSearch(null, null, null, null);

    private final Practice skills = Practices.closed(7);
    private final Practice clinic = Practices.closed(8, "Mobile clinics for seasonal workers", "HEALTH", Set.of(2),
            "Train nurses in the workers' languages", Instant.parse("2026-11-01T10:00:00Z"));

    @Test
    void anEmptySearchMatchesEverything() {
        assertThat(EVERYTHING.matches(skills)).isTrue();
        assertThat(new PracticeSearch(" ", "", null, " ").matches(clinic)).isTrue();
        assertThat(new PracticeSearch(" ", "", null, " ").matchesCountry("BD")).isTrue();
    }

    @Test
    void textIsFoundInTitleSummaryLessonsAndResultsIgnoringCase() {
        assertThat(new PracticeSearch("MOBILE CLINICS", null, null, null).matches(clinic)).isTrue();
        assertThat(new PracticeSearch("one-stop desk", null, null, null).matches(skills)).isTrue();
        assertThat(new PracticeSearch("municipality", null, null, null).matches(skills)).isTrue();
        assertThat(new PracticeSearch("returnees certified", null, null, null).matches(skills)).isTrue();
        assertThat(new PracticeSearch("nurses", null, null, null).matches(skills)).isFalse();
    }

    @Test
    void sectorOutcomeAndCountryNarrowIt() {
        assertThat(new PracticeSearch(null, "HEALTH", null, null).matches(clinic)).isTrue();
        assertThat(new PracticeSearch(null, "HEALTH", null, null).matches(skills)).isFalse();
        assertThat(new PracticeSearch(null, null, 3, null).matches(skills)).isTrue();
        assertThat(new PracticeSearch(null, null, 3, null).matches(clinic)).isFalse();
        assertThat(new PracticeSearch(null, null, null, "np").matchesCountry("NP")).isTrue();
        assertThat(new PracticeSearch(null, null, null, "NP").matchesCountry("SN")).isFalse();
        assertThat(new PracticeSearch("nurses", "HEALTH", 2, null).matches(clinic)).isTrue();
        assertThat(new PracticeSearch("nurses", "HEALTH", 1, null).matches(clinic)).isFalse();
    }
}
