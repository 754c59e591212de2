package org.m4d.grants.grant.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/**
 * What an amendment may ask, and who must approve it: a refused request is bad input and writes
 * nothing; an accepted one says whether it goes beyond the coordinator.
 */
public final class AmendmentRules {

    /**
     * How far past the end of the programme's last phase an extension may reach: beyond it no phase
     * is known that could fund the work.
     */
    public static final Period EXTENSION_LIMIT = Period.ofYears(1);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AmendmentRules() {
    }

    /**
     * Checks a no-cost extension to {@code newEnd}: after the current end (or the start, if the
     * agreement has no end yet) and at most {@link #EXTENSION_LIMIT} past the phase's end. Returns
     * whether it goes beyond the phase, which only the programme management unit may approve.
     */
    public static boolean extensionBeyondPhase(LocalDate start, LocalDate currentEnd, LocalDate newEnd,
                                               LocalDate phaseEnd) {
        if (newEnd == null) {
            throw new DomainException("Give the new end date").withKey("error.amendment.endDateRequired");
        }
        LocalDate after = currentEnd != null ? currentEnd : start;
        if (after != null && !newEnd.isAfter(after)) {
            throw new DomainException("The new end date must be after " + after)
                    .withKey("error.amendment.endNotLater", after);
        }
        LocalDate latest = phaseEnd.plus(EXTENSION_LIMIT);
        if (newEnd.isAfter(latest)) {
            throw new DomainException("The new end date is outside any phase of the programme: at the latest " + latest)
                    .withKey("error.amendment.endOutsidePhase", latest);
        }
        return newEnd.isAfter(phaseEnd);
    }

    /**
     * Checks a budget revision: the same lines, each at the currency's scale and not below zero, with
     * the same total. Returns whether a line changes by more than {@code thresholdPercent} of its
     * amount, which the grant's approval authority must approve.
     */
    public static boolean revisionNeedsApprover(List<AgreementLine> current, List<AgreementLine> proposed,
                                                BigDecimal thresholdPercent, String currency) {
        if (current.isEmpty()) {
            throw new DomainException("This grant has no budget lines to revise").withKey("error.amendment.noLines");
        }
        if (proposed == null || proposed.size() != current.size()) {
            throw new DomainException("A budget revision gives a new amount for each of the " + current.size()
                    + " budget lines").withKey("error.amendment.lineCount", current.size());
        }
        for (int i = 0; i < current.size(); i++) {
            AgreementLine line = proposed.get(i);
            if (line == null || line.amount() == null || line.amount().signum() < 0) {
                throw new DomainException("Budget line " + (i + 1) + " needs an amount of zero or more")
                        .withKey("error.amendment.lineAmount", i + 1);
            }
            Money.of(line.amount(), currency);
            if (!current.get(i).description().equals(line.description())) {
                throw new DomainException("Budget line " + (i + 1) + " is \"" + current.get(i).description()
                        + "\": a revision changes amounts, not lines").withKey("error.amendment.lineRenamed", i + 1,
                        current.get(i).description());
            }
        }
        Money before = Money.of(total(current.stream()), currency);
        Money after = Money.of(total(proposed.stream()), currency);
        if (before.compareTo(after) != 0) {
            throw new DomainException("A budget revision moves money between lines: the lines must add up to "
                    + before + ", not " + after).withKey("error.amendment.linesTotal", before, after);
        }
        boolean changed = false;
        boolean large = false;
        for (int i = 0; i < current.size(); i++) {
            BigDecimal was = current.get(i).amount();
            BigDecimal change = proposed.get(i).amount().subtract(was).abs();
            if (change.signum() != 0) {
                changed = true;
                large |= was.signum() == 0 || change.multiply(HUNDRED).divide(was, 4, RoundingMode.HALF_UP)
                        .compareTo(thresholdPercent) > 0;
            }
        }
        if (!changed) {
            throw new DomainException("The revision leaves every budget line as it is")
                    .withKey("error.amendment.noChange");
        }
        return large;
    }

    /**
     * Checks a change of amount: different from the amount in force, at the currency's scale,
     * positive and never below what is disbursed. Returns whether it is an increase, which the
     * approval-authority table routes again.
     */
    public static boolean amountIncrease(Money current, BigDecimal newAmount, Money disbursed) {
        if (newAmount == null) {
            throw new DomainException("Give the new amount").withKey("error.amendment.amountRequired");
        }
        Money proposed = Money.of(newAmount, current.currency());
        if (!proposed.isPositive()) {
            throw new DomainException("The approved amount must be more than zero")
                    .withKey("error.grant.approvedPositive");
        }
        if (proposed.compareTo(current) == 0) {
            throw new DomainException("The new amount is the amount in force").withKey("error.amendment.sameAmount");
        }
        if (proposed.compareTo(disbursed) < 0) {
            throw new DomainException("The new amount " + proposed + " is below the " + disbursed
                    + " already disbursed").withKey("error.amendment.belowDisbursed", proposed, disbursed);
        }
        return proposed.compareTo(current) > 0;
    }

    private static BigDecimal total(Stream<AgreementLine> lines) {
        return lines.map(AgreementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
