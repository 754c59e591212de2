package org.m4d.grants.grant.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/**
 * Splits an approved amount into tranches by percentage (e.g. 40/40/20). Each tranche is rounded
 * down to the currency's scale and the last takes the remainder, so the tranches sum exactly to
 * the approved amount.
 */
public final class TranchePlan {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_TRANCHES = 12;

    private TranchePlan() {
    }

    public static List<Tranche> split(Long grantId, Money approved, List<BigDecimal> percentages) {
        if (percentages == null || percentages.isEmpty() || percentages.size() > MAX_TRANCHES) {
            throw new DomainException("A tranche plan has 1 to " + MAX_TRANCHES + " tranches")
                    .withKey("error.plan.count", MAX_TRANCHES);
        }
        if (percentages.stream().anyMatch(p -> p == null || p.signum() <= 0)) {
            throw new DomainException("Every tranche must be more than 0%").withKey("error.plan.positive");
        }
        BigDecimal total = percentages.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            throw new DomainException("The tranches must add up to 100%, not " + total.stripTrailingZeros().toPlainString() + "%")
                    .withKey("error.plan.sum", total.stripTrailingZeros());
        }
        int scale = Money.scaleOf(approved.currency());
        List<Tranche> tranches = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < percentages.size(); i++) {
            BigDecimal amount = i == percentages.size() - 1
                    ? approved.amount().subtract(allocated)
                    : approved.amount().multiply(percentages.get(i)).divide(HUNDRED, scale, RoundingMode.DOWN);
            if (amount.signum() <= 0) {
                throw new DomainException("Tranche " + (i + 1) + " would be empty")
                        .withKey("error.plan.emptyTranche", i + 1);
            }
            allocated = allocated.add(amount);
            tranches.add(new Tranche(grantId, i + 1, percentages.get(i), Money.of(amount, approved.currency())));
        }
        return tranches;
    }

    /**
     * Plans a grant again for a new approved amount: released tranches keep their amounts; the
     * others share what is left in proportion to their amounts now, rounded down to the currency's
     * scale with the last taking the remainder, so the plan sums exactly to the new amount. A tranche
     * is never planned below what was disbursed from it. Percentages follow the amounts.
     */
    public static void replan(List<Tranche> tranches, Money newTotal, IntFunction<Money> disbursedFrom) {
        if (tranches.isEmpty()) {
            // no plan yet: finance splits the amount in force when it sets one
            return;
        }
        String currency = newTotal.currency();
        List<Tranche> ordered = tranches.stream().sorted(Comparator.comparingInt(Tranche::number)).toList();
        List<Tranche> open = ordered.stream().filter(t -> t.status() != Tranche.Status.RELEASED).toList();
        BigDecimal released = ordered.stream().filter(t -> t.status() == Tranche.Status.RELEASED)
                .map(t -> t.amount(currency).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remainder = newTotal.amount().subtract(released);
        if (open.isEmpty()) {
            if (remainder.signum() != 0) {
                throw new DomainException("Every tranche is released: the amount can no longer change")
                        .withKey("error.amendment.allReleased");
            }
            return;
        }
        int scale = Money.scaleOf(currency);
        BigDecimal weights = open.stream().map(t -> t.amount(currency).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allocated = BigDecimal.ZERO;
        Map<Tranche, BigDecimal> amounts = new LinkedHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            Tranche t = open.get(i);
            BigDecimal amount = i == open.size() - 1
                    ? remainder.subtract(allocated)
                    : remainder.multiply(t.amount(currency).amount()).divide(weights, scale, RoundingMode.DOWN);
            Money disbursed = disbursedFrom.apply(t.number());
            if (amount.signum() <= 0 || amount.compareTo(disbursed.amount()) < 0) {
                throw new DomainException("Tranche " + t.number() + " would be " + Money.of(amount.max(BigDecimal.ZERO),
                        currency) + ", below the " + disbursed + " disbursed from it")
                        .withKey("error.amendment.trancheBelowDisbursed", t.number(), disbursed);
            }
            allocated = allocated.add(amount);
            amounts.put(t, amount);
        }
        BigDecimal shares = BigDecimal.ZERO;
        for (int i = 0; i < ordered.size(); i++) {
            Tranche t = ordered.get(i);
            BigDecimal amount = amounts.getOrDefault(t, t.amount(currency).amount());
            BigDecimal percentage = i == ordered.size() - 1
                    ? HUNDRED.subtract(shares)
                    : amount.multiply(HUNDRED).divide(newTotal.amount(), 4, RoundingMode.DOWN);
            shares = shares.add(percentage);
            t.replanTo(Money.of(amount, currency), percentage);
        }
    }
}
