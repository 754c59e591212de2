package org.m4d.grants.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Outcome;
import org.m4d.grants.programme.application.ProgrammeCatalogue.Phase;
import org.m4d.grants.testing.FixedProgramme;

class OutcomeLabelsTest {

    @Test
    void everyPhasesOutcomesAreLabelledFromTheCatalogueNotABundle() {
        FixedProgramme catalogue = new FixedProgramme(
                List.of(new Phase("M4D-III", "M4D", "Phase III", "SDC", LocalDate.of(2019, 11, 1),
                                LocalDate.of(2023, 10, 31), Set.of("NP")),
                        new Phase("M4D-IV", "M4D", "Phase IV", "SDC", LocalDate.of(2023, 11, 1),
                                LocalDate.of(2027, 10, 31), Set.of("NP"))),
                List.of(new Outcome("M4D-III", 1, "Services"), new Outcome("M4D-III", 2, "Institutions"),
                        new Outcome("M4D-IV", 1, "Access"), new Outcome("M4D-IV", 2, "Institutions"),
                        new Outcome("M4D-IV", 4, "Local plans")),
                List.of());

        Map<Integer, String> labels = OutcomeLabels.of(catalogue);

        assertThat(OutcomeLabels.numbers(labels)).containsExactly(1, 2, 4);
        assertThat(labels).containsExactly(Map.entry(1, "1. Services / Access"), Map.entry(2, "2. Institutions"),
                Map.entry(4, "4. Local plans"));
        assertThat(OutcomeLabels.label(labels, 7)).isEqualTo("7");
    }
}
