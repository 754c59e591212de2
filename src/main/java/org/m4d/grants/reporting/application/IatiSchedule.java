package org.m4d.grants.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.m4d.grants.platform.domain.Money;

/**
 * How the IATI export spreads a grant's money over its agreement period (ADR 0041): the amount in
 * force over the grant years, in proportion of their days, and the tranche plan over as many equal
 * slices of the period as it has tranches. Amounts are rounded down to the currency's scale and the
 * last period takes the remainder, so the periods add up exactly.
 */
public final class IatiSchedule {

    /** An amount over a period, both days included. */
    public record Share(LocalDate start, LocalDate end, Money value) {
    }

    private IatiSchedule() {
    }

    /**
     * The amount over the grant years from {@code start} to {@code end}: each year from an
     * anniversary of the start to the day before the next one, the last cut at the end, so that no
     * period is longer than a year as IATI asks of a budget. Empty when the period is.
     */
    public static List<Share> years(LocalDate start, LocalDate end, Money amount) {
        if (start == null || end == null || end.isBefore(start)) {
            return List.of();
        }
        List<LocalDate[]> periods = new ArrayList<>();
        LocalDate from = start;
        for (int year = 1; !from.isAfter(end); year++) {
            LocalDate to = start.plusYears(year).minusDays(1);
            to = to.isAfter(end) ? end : to;
            periods.add(new LocalDate[] {from, to});
            from = to.plusDays(1);
        }
        long total = days(start, end);
        int scale = Money.scaleOf(amount.currency());
        List<Share> shares = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < periods.size(); i++) {
            LocalDate[] p = periods.get(i);
            BigDecimal value = i == periods.size() - 1 ? amount.amount().subtract(allocated)
                    : amount.amount().multiply(BigDecimal.valueOf(days(p[0], p[1])))
                    .divide(BigDecimal.valueOf(total), scale, RoundingMode.DOWN);
            allocated = allocated.add(value);
            shares.add(new Share(p[0], p[1], Money.of(value, amount.currency())));
        }
        return shares;
    }

    /**
     * The tranches, in their order, over equal slices of the period from {@code start} to
     * {@code end} (the last slice to the end): tranches carry no dates, and each follows the
     * reports on the one before. Empty when the period or the plan is.
     */
    public static List<Share> tranches(LocalDate start, LocalDate end, List<Money> tranches) {
        if (start == null || end == null || end.isBefore(start) || tranches.isEmpty()) {
            return List.of();
        }
        long total = days(start, end);
        int n = tranches.size();
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate from = start.plusDays(Math.min(i * total / n, total - 1));
            LocalDate to = i == n - 1 ? end : start.plusDays((i + 1) * total / n - 1);
            shares.add(new Share(from, to.isBefore(from) ? from : to, tranches.get(i)));
        }
        return shares;
    }

    private static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
