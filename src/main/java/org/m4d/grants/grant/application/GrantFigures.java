package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.Money;

/** Approved and disbursed amounts of every grant of a country, for its dashboard; disbursed in dollars from each grant's ledger. */
@ApplicationScoped
@Transactional
public class GrantFigures {

    @Inject
    GrantRepository grants;

    @Inject
    Access access;

    public List<GrantFigure> of() {
        access.requireMember();
        Map<Long, BigDecimal> disbursed = grants.disbursedByGrant();
        return grants.agreements().stream().map(g -> figure(g, disbursed.getOrDefault(g.id(), BigDecimal.ZERO)))
                .toList();
    }

    private GrantFigure figure(GrantAgreement grant, BigDecimal disbursed) {
        Money approved = grant.approved();
        return new GrantFigure(grant.proposalId(), approved, Money.of(disbursed, approved.currency()), grant.usdRate(),
                Usd.ofEntries(grants.ledger(grant)));
    }
}
