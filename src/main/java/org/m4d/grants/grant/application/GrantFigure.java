package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import org.m4d.grants.platform.domain.Money;

/**
 * What a grant stands at, for dashboards: approved and net disbursed in the grant's currency, and the
 * dollar rate recorded at approval (local units per USD; null for grants approved before rates were kept),
 * and the net disbursed in dollars at each ledger entry's rate (null when an entry has none).
 */
public record GrantFigure(long proposalId, Money approved, Money disbursed, BigDecimal usdRate,
                          BigDecimal disbursedUsd) {
}
