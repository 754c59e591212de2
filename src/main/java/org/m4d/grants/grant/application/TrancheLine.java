package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.domain.Money;

/** One tranche of the schedule with what has been disbursed from it, net of reversals. */
public record TrancheLine(int number, BigDecimal percentage, Money amount, Tranche.Status status, Instant releasedAt,
                          Money disbursed) {
}
