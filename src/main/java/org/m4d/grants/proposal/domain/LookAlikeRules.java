package org.m4d.grants.proposal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why two proposals of a country look alike (docs/adr/0036). Each reason is one rule on what both
 * proposals say; a proposal with no reason does not look alike. Proposals of two countries never do.
 * <ul>
 * <li>{@link Reason#SAME_PARTNER}: both are made for the same implementing partner.</li>
 * <li>{@link Reason#SIMILAR_TITLE}: the Dice coefficient of the character bigrams of their
 *     normalised titles is at least {@value #TITLE_PERCENT}%.</li>
 * <li>{@link Reason#SIMILAR_SUMMARY}: the same measure on their summaries, when both have one, at
 *     least {@value #SUMMARY_PERCENT}%.</li>
 * <li>{@link Reason#OVERLAPPING_PLACES}: they share a municipality of the same region ({@link Place#key()}),
 *     and their dates do not rule it out: unless both give dates that do not intersect.</li>
 * <li>{@link Reason#OVERLAPPING_DATES}: given with overlapping places only, when both give dates and
 *     the ranges (both ends included) intersect; the intersection is its figure. Dates alone are no
 *     reason: the proposals of a phase all run in it.</li>
 * </ul>
 */
public final class LookAlikeRules {

    /** The least title similarity, in percent, that is a reason. */
    public static final int TITLE_PERCENT = 80;

    /** The least summary similarity, in percent, that is a reason. */
    public static final int SUMMARY_PERCENT = 70;

    /** Why two proposals look alike. */
    public enum Reason { SAME_PARTNER, SIMILAR_TITLE, SIMILAR_SUMMARY, OVERLAPPING_PLACES, OVERLAPPING_DATES }

    /**
     * What the rules compare of one proposal.
     *
     * @param summary its summary; null when it has none
     * @param start  the day it starts; null when not given (then {@code end} is too)
     */
    public record Facts(long id, String tenant, String title, Long partnerId, String summary, List<Place> places,
                        LocalDate start, LocalDate end) {

        public Facts {
            places = places == null ? List.of() : List.copyOf(places);
        }

        /** The facts of a proposal, with its summary if it has one. */
        public static Facts of(Proposal p, String summary) {
            return new Facts(p.id(), p.tenantId(), p.title(), p.partnerId(), summary, p.places(), p.startDate(),
                    p.endDate());
        }

        boolean dated() {
            return start != null && end != null;
        }
    }

    /**
     * One reason with its figure: the similarity in percent (rounded down) for titles and summaries,
     * the shared places (as the other proposal names them), the days both run.
     */
    public record Match(Reason reason, Integer percent, List<Place> places, LocalDate from, LocalDate to) {

        public Match {
            places = places == null ? List.of() : List.copyOf(places);
        }

        static Match of(Reason reason) {
            return new Match(reason, null, List.of(), null, null);
        }
    }

    private LookAlikeRules() {
    }

    /** The reasons why {@code other} looks like {@code subject}, in the order of {@link Reason}; none across countries. */
    public static List<Match> matches(Facts subject, Facts other) {
        if (subject.id() == other.id() || !Objects.equals(subject.tenant(), other.tenant()) || subject.tenant() == null) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        if (subject.partnerId() != null && subject.partnerId().equals(other.partnerId())) {
            matches.add(Match.of(Reason.SAME_PARTNER));
        }
        int title = similarity(subject.title(), other.title());
        if (title >= TITLE_PERCENT) {
            matches.add(new Match(Reason.SIMILAR_TITLE, title, List.of(), null, null));
        }
        if (subject.summary() != null && other.summary() != null) {
            int summary = similarity(subject.summary(), other.summary());
            if (summary >= SUMMARY_PERCENT) {
                matches.add(new Match(Reason.SIMILAR_SUMMARY, summary, List.of(), null, null));
            }
        }
        List<Place> shared = sharedPlaces(subject.places(), other.places());
        if (!shared.isEmpty()) {
            boolean bothDated = subject.dated() && other.dated();
            LocalDate from = bothDated ? later(subject.start(), other.start()) : null;
            LocalDate to = bothDated ? earlier(subject.end(), other.end()) : null;
            if (!bothDated) {
                matches.add(new Match(Reason.OVERLAPPING_PLACES, null, shared, null, null));
            } else if (!from.isAfter(to)) {
                matches.add(new Match(Reason.OVERLAPPING_PLACES, null, shared, null, null));
                matches.add(new Match(Reason.OVERLAPPING_DATES, null, List.of(), from, to));
            }
        }
        return matches;
    }

    /** The places of {@code other} that {@code subject} names too (same {@link Place#key()}), in other's order. */
    static List<Place> sharedPlaces(List<Place> subject, List<Place> other) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        subject.forEach(p -> keys.add(p.key()));
        Map<String, Place> shared = new LinkedHashMap<>();
        other.stream().filter(p -> keys.contains(p.key())).forEach(p -> shared.putIfAbsent(p.key(), p));
        return List.copyOf(shared.values());
    }

    /**
     * The Sørensen-Dice coefficient of two texts' character bigrams, in percent rounded down: both texts
     * {@link Place#normalised normalised} and their spaces removed, the bigrams counted with repeats,
     * {@code 2 × shared / (bigrams of a + bigrams of b)}. Texts of one character or none compare equal
     * (100) or not (0).
     */
    public static int similarity(String a, String b) {
        String x = Place.normalised(a).replace(" ", "");
        String y = Place.normalised(b).replace(" ", "");
        if (x.length() < 2 || y.length() < 2) {
            return !x.isEmpty() && x.equals(y) ? 100 : 0;
        }
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i + 1 < x.length(); i++) {
            bigrams.merge(x.substring(i, i + 2), 1, Integer::sum);
        }
        long shared = 0;
        for (int i = 0; i + 1 < y.length(); i++) {
            String bigram = y.substring(i, i + 2);
            Integer left = bigrams.get(bigram);
            if (left != null && left > 0) {
                shared++;
                bigrams.put(bigram, left - 1);
            }
        }
        long total = (x.length() - 1L) + (y.length() - 1L);
        return (int) (200 * shared / total);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
