package org.m4d.grants.practice.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.m4d.grants.programme.application.ProgrammeCatalogue;

/**
 * The outcomes a practice may name, as the programme's phases number and title them. A practice keeps
 * only the numbers of its proposal's outcomes, and the library spans every phase, so an outcome is
 * labelled with its titles in the phases that have it ("4. Local plans"; "1. Services / Access to services"
 * where phases title it differently). Numbers no phase has are shown bare.
 */
final class OutcomeLabels {

    private OutcomeLabels() {
    }

    /** Each outcome number of any phase, in order, with its label. */
    static Map<Integer, String> of(ProgrammeCatalogue catalogue) {
        Map<Integer, Set<String>> titles = new TreeMap<>();
        for (ProgrammeCatalogue.Phase phase : catalogue.phases()) {
            for (ProgrammeCatalogue.Outcome outcome : catalogue.outcomes(phase.id())) {
                titles.computeIfAbsent(outcome.number(), n -> new LinkedHashSet<>()).add(outcome.title());
            }
        }
        Map<Integer, String> labels = new TreeMap<>();
        titles.forEach((number, names) -> labels.put(number, number + ". " + String.join(" / ", names)));
        return labels;
    }

    /** The label of an outcome number, or the bare number if no phase has it. */
    static String label(Map<Integer, String> labels, Integer number) {
        return labels.getOrDefault(number, String.valueOf(number));
    }

    static List<Integer> numbers(Map<Integer, String> labels) {
        return List.copyOf(labels.keySet());
    }
}
