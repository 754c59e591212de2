package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of a list of grants: one line per currency (amounts of different currencies are never
 * added), and a dollar total across currencies at each grant's recorded rate.
 */
public record FinanceTotals(List<CurrencyTotal> byCurrency, BigDecimal approvedUsd, BigDecimal disbursedUsd,
                            int withoutUsdRate) {

    public static FinanceTotals of(List<GrantRow> rows) {
        Map<String, CurrencyTotal> totals = new TreeMap<>();
        int withoutRate = 0;
        for (GrantRow row : rows) {
            totals.put(row.currency(), totals.getOrDefault(row.currency(), CurrencyTotal.zero(row.currency())).plus(row));
            if (!row.hasUsdRate()) {
                withoutRate++;
            }
        }
        List<CurrencyTotal> lines = List.copyOf(totals.values());
        return new FinanceTotals(lines,
                lines.stream().map(CurrencyTotal::approvedUsd).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                lines.stream().map(CurrencyTotal::disbursedUsd).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                withoutRate);
    }

    public BigDecimal remainingUsd() {
        return approvedUsd.subtract(disbursedUsd);
    }

    public int grants() {
        return byCurrency.stream().mapToInt(CurrencyTotal::grants).sum();
    }
}
