package org.m4d.grants.platform.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A table to export: a name, column headers and rows of typed cells. */
public record Sheet(String name, List<String> headers, List<List<Cell>> rows) {

    public Sheet {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A value of a cell. */
    public sealed interface Cell permits Text, Amount, Day {
    }

    /** Free text, possibly typed by a user; blank when null. */
    public record Text(String value) implements Cell {
    }

    /** An exact number written with {@code scale} decimals; blank when null. */
    public record Amount(BigDecimal value, int scale) implements Cell {
    }

    /** A calendar date; blank when null. */
    public record Day(LocalDate value) implements Cell {
    }

    public static Cell text(Object value) {
        return new Text(value == null ? null : value.toString());
    }

    public static Cell amount(Money money) {
        return money == null ? new Amount(null, 0) : new Amount(money.amount(), money.amount().scale());
    }

    /** A dollar amount, to the cent. */
    public static Cell usd(BigDecimal dollars) {
        return new Amount(dollars, 2);
    }

    public static Cell number(BigDecimal value) {
        return new Amount(value, value == null ? 0 : Math.max(0, value.stripTrailingZeros().scale()));
    }

    public static Cell day(LocalDate date) {
        return new Day(date);
    }
}
