package org.m4d.grants.grant.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
}
