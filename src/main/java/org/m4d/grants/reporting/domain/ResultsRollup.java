package org.m4d.grants.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Rolls the grants' results up to the programme. Each grant indicator counts with the actual of the
 * latest accepted report that gave one (reports state where an indicator stands, not what was added
 * since the previous one, so summing reports would count the same people twice). Grant indicators
 * linked to the same programme indicator are summed across grants, by the programme indicator's unit;
 * figures of different programme indicators are never added together.
 */
public final class ResultsRollup {

    private final List<IndicatorTotal> indicators;
    private final List<OutcomeTotal> outcomes;

    private ResultsRollup(List<IndicatorTotal> indicators, List<OutcomeTotal> outcomes) {
        this.indicators = indicators;
        this.outcomes = outcomes;
    }

    /**
     * The roll-up of the lines over the catalogue: a row per programme indicator and outcome for each
     * country with lines and for the programme (country null), catalogue indicators without lines included
     * at zero in the programme rows.
     */
    public static ResultsRollup of(Collection<ResultLine> lines, List<CatalogueIndicator> catalogue,
                                   Collection<Integer> outcomeNumbers) {
        TreeSet<String> countries = new TreeSet<>();
        lines.forEach(l -> countries.add(l.country()));
        List<IndicatorTotal> indicatorRows = new ArrayList<>();
        List<OutcomeTotal> outcomeRows = new ArrayList<>();
        List<String> scopes = new ArrayList<>(countries);
        scopes.add(null);
        for (String scope : scopes) {
            Predicate<ResultLine> inScope = l -> scope == null || scope.equals(l.country());
            for (CatalogueIndicator c : catalogue) {
                List<ResultLine> linked = lines.stream().filter(inScope)
                        .filter(l -> Objects.equals(l.programmeIndicatorId(), c.id())).toList();
                if (scope != null && linked.isEmpty()) {
                    continue;
                }
                indicatorRows.add(new IndicatorTotal(scope, c.outcome(), c.id(), c.name(), c.unit(), linked.size(),
                        (int) linked.stream().filter(l -> l.actual() != null).count(),
                        sum(linked.stream().map(ResultLine::target).toList()),
                        sum(linked.stream().map(ResultLine::actual).toList())));
            }
            for (int outcome : new TreeSet<>(outcomeNumbers)) {
                List<ResultLine> linked = lines.stream().filter(inScope).filter(l -> l.outcome() == outcome).toList();
                if (scope != null && linked.isEmpty()) {
                    continue;
                }
                List<ResultLine> reporting = linked.stream().filter(l -> l.actual() != null).toList();
                outcomeRows.add(new OutcomeTotal(scope, outcome, linked.size(), reporting.size(),
                        (int) reporting.stream().filter(l -> l.actual().compareTo(l.target()) >= 0).count()));
            }
        }
        return new ResultsRollup(List.copyOf(indicatorRows), List.copyOf(outcomeRows));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Per programme indicator: the countries' rows, then the programme's (country null). */
    public List<IndicatorTotal> indicators() {
        return indicators;
    }

    /** Per outcome: the countries' rows, then the programme's (country null). */
    public List<OutcomeTotal> outcomes() {
        return outcomes;
    }

    /** The programme-wide rows of the programme indicators, for the chart. */
    public List<IndicatorTotal> programme() {
        return indicators.stream().filter(r -> r.country() == null).toList();
    }
}
