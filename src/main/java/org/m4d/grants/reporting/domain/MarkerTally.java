package org.m4d.grants.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts proposals and sums approved amounts per marker value. Amounts in different currencies meet
 * only in US dollars: each grant's approved amount is converted at the rate recorded on its own
 * agreement, rounded to cents, and only then added up, so a later change of rate never moves a
 * reported figure. A proposal with several SDG targets or GCM objectives counts once under each.
 */
public final class MarkerTally {

    /** The markers reported, in the order shown. */
    public static final List<String> MARKERS = List.of("GENDER_MARKER", "SDG_TARGET", "GCM_OBJECTIVE",
            "COVID_RECOVERY", "LEVEL", "SECTOR");

    /** The value of a marker a proposal does not give. */
    public static final String NOT_GIVEN = "none";

    private MarkerTally() {
    }

    /** A row per marker value for each country with proposals, then the programme's (country null). */
    public static List<MarkerTotal> of(Collection<MarkerFacts> proposals) {
        TreeSet<String> countries = new TreeSet<>();
        proposals.forEach(p -> countries.add(p.country()));
        List<String> scopes = new ArrayList<>(countries);
        scopes.add(null);
        List<MarkerTotal> rows = new ArrayList<>();
        for (String scope : scopes) {
            for (String marker : MARKERS) {
                Map<String, List<MarkerFacts>> byValue = new TreeMap<>(MarkerTally::compareValues);
                proposals.stream().filter(p -> scope == null || scope.equals(p.country())).forEach(p ->
                        values(marker, p).forEach(v -> byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(p)));
                byValue.forEach((value, list) -> rows.add(new MarkerTotal(marker, value, scope, list.size(),
                        (int) list.stream().filter(p -> p.approved() != null).count(),
                        list.stream().map(MarkerTally::approvedUsd).filter(Objects::nonNull)
                                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY))));
            }
        }
        return List.copyOf(rows);
    }

    /** The grant's approved amount in USD at its agreement's rate, in cents; null before approval or without a rate. */
    static BigDecimal approvedUsd(MarkerFacts p) {
        if (p.approved() == null) {
            return null;
        }
        if ("USD".equals(p.approved().currency())) {
            return p.approved().amount().setScale(2, RoundingMode.HALF_UP);
        }
        if (p.usdRate() == null || p.usdRate().signum() <= 0) {
            return null;
        }
        return p.approved().amount().divide(p.usdRate(), 2, RoundingMode.HALF_UP);
    }

    /** Codes in their natural order (objective 2 before 10, target 8.b before 10.7); values not given last. */
    private static int compareValues(String a, String b) {
        if (a.equals(NOT_GIVEN) || b.equals(NOT_GIVEN)) {
            return Boolean.compare(a.equals(NOT_GIVEN), b.equals(NOT_GIVEN));
        }
        if (Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0))) {
            int byLeadingNumber = Integer.compare(leadingNumber(a), leadingNumber(b));
            if (byLeadingNumber != 0) {
                return byLeadingNumber;
            }
        }
        return a.compareTo(b);
    }

    private static int leadingNumber(String code) {
        int end = 0;
        while (end < code.length() && Character.isDigit(code.charAt(end))) {
            end++;
        }
        return Integer.parseInt(code.substring(0, end));
    }

    private static List<String> values(String marker, MarkerFacts p) {
        return switch (marker) {
            case "GENDER_MARKER" -> List.of(p.genderMarker() == null ? NOT_GIVEN : String.valueOf(p.genderMarker()));
            case "SDG_TARGET" -> p.sdgTargets().isEmpty() ? List.of(NOT_GIVEN) : List.copyOf(new TreeSet<>(p.sdgTargets()));
            case "GCM_OBJECTIVE" -> p.gcmObjectives().isEmpty() ? List.of(NOT_GIVEN)
                    : new TreeSet<>(p.gcmObjectives()).stream().map(String::valueOf).toList();
            case "COVID_RECOVERY" -> List.of(p.covidRecovery() ? "yes" : "no");
            case "LEVEL" -> List.of(p.level() == null ? NOT_GIVEN : p.level());
            case "SECTOR" -> List.of(p.sector() == null ? NOT_GIVEN : p.sector());
            default -> throw new IllegalArgumentException(marker);
        };
    }
}
