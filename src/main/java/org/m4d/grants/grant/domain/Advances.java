package org.m4d.grants.grant.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.platform.domain.Money;

/**
 * The advances of a direct-cash-transfer grant against the expenditure finance accepted, oldest
 * advance liquidated first (HACT): what the partner still holds, which advances are not yet
 * accounted for, and whether one has stayed so for more than six months.
 */
public final class Advances {

    /** Months an advance may stay unliquidated before no new advance may be paid. */
    public static final int LIQUIDATION_MONTHS = 6;

    /** The cash of one tranche paid as an advance, dated by its first payment. */
    public record Advance(int tranche, LocalDate paidOn, Money amount) {
    }

    private final List<Advance> advances;
    private final Money accepted;

    public Advances(List<Advance> advances, Money accepted) {
        this.advances = advances.stream().sorted(java.util.Comparator.comparing(Advance::paidOn)).toList();
        this.accepted = accepted;
    }

    /** The cash the partner holds and has not accounted for: carried into the next period. */
    public Money balance() {
        return advances.stream().map(Advance::amount).reduce(accepted.minus(accepted), Money::plus).minus(accepted);
    }

    /** Each advance with the part of it not yet liquidated, oldest first; liquidated ones left out. */
    public List<Advance> outstanding() {
        List<Advance> open = new ArrayList<>();
        Money left = accepted;
        for (Advance advance : advances) {
            if (left.compareTo(advance.amount()) >= 0) {
                left = left.minus(advance.amount());
            } else {
                open.add(new Advance(advance.tranche(), advance.paidOn(), advance.amount().minus(left)));
                left = left.minus(left);
            }
        }
        return open;
    }

    /**
     * The oldest advance of a tranche already released that is still outstanding more than six
     * months after it was paid, on {@code today}; the open tranche's own cash is not a new advance.
     */
    public Optional<Advance> overdue(LocalDate today, java.util.function.IntPredicate released) {
        return outstanding().stream().filter(a -> released.test(a.tranche()))
                .filter(a -> a.paidOn().plusMonths(LIQUIDATION_MONTHS).isBefore(today)).findFirst();
    }
}
