package org.m4d.grants.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.m4d.grants.grant.application.GrantFigure;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.workflow.domain.OverdueCounts;

/** Adds up the figures of the countries in scope into what the dashboard shows. */
final class Tally {

    static final String USD = "USD";

    /**
     * The funnel: the way a proposal goes from draft to a closed grant, then the two ways out. A
     * funnel reads top-down, which the enum's declaration order (exits in the middle) does not.
     */
    static final List<ProposalState> FUNNEL = List.of(ProposalState.DRAFT, ProposalState.SUBMITTED,
            ProposalState.IN_REVISION, ProposalState.UNDER_REVIEW, ProposalState.AWAITING_APPROVAL,
            ProposalState.APPROVED, ProposalState.DISBURSED, ProposalState.CLOSED, ProposalState.REJECTED,
            ProposalState.WITHDRAWN);

    private final Map<ProposalState, Long> states = new EnumMap<>(ProposalState.class);
    private final Map<Sector, Long> sectors = new EnumMap<>(Sector.class);
    private final List<GrantLine> grants = new ArrayList<>();
    private final Map<String, Total> local = new TreeMap<>();
    private OverdueCounts overdue = OverdueCounts.NONE;
    private int countries;

    void add(CountryFigures country) {
        country.states().forEach((state, n) -> states.merge(state, n, Long::sum));
        country.sectors().forEach((sector, n) -> sectors.merge(sector, n, Long::sum));
        local.putIfAbsent(country.currency(), Total.zero(country.currency()));
        for (GrantFigure grant : country.grants()) {
            // no agreement rate and no country rate today (rates are a history since V29): no dollar
            // figure, left out of the dollar total, as the marker tally leaves it out
            BigDecimal rate = grant.usdRate() != null ? grant.usdRate() : country.usdRate();
            grants.add(new GrantLine(country.tenant(), grant.proposalId(),
                    country.titles().getOrDefault(grant.proposalId(), "#" + grant.proposalId()),
                    grant.approved(), grant.disbursed(), usd(grant.approved(), rate),
                    grant.disbursedUsd() != null ? Money.of(grant.disbursedUsd(), USD) : usd(grant.disbursed(), rate)));
            local.merge(grant.approved().currency(), new Total(grant.approved(), grant.disbursed()), Total::plus);
        }
        overdue = overdue.plus(country.overdue());
        countries++;
    }

    /**
     * The dashboard's figures. Local-currency totals only make sense within one country; the dollar
     * total adds the grants' rounded dollar amounts, so it equals the sum of the rows shown (a grant
     * with no rate at all has no dollar figure and is left out of it).
     */
    DashboardFigures figures() {
        List<Total> totals = new ArrayList<>();
        if (countries == 1) {
            local.values().stream().filter(t -> !USD.equals(t.currency())).forEach(totals::add);
        }
        totals.add(grants.stream().filter(g -> g.approvedUsd() != null && g.disbursedUsd() != null)
                .map(g -> new Total(g.approvedUsd(), g.disbursedUsd())).reduce(Total.zero(USD), Total::plus));
        return new DashboardFigures(
                FUNNEL.stream().map(s -> new Count<>(s, states.getOrDefault(s, 0L))).toList(),
                Arrays.stream(Sector.values()).map(s -> new Count<>(s, sectors.getOrDefault(s, 0L))).toList(),
                List.copyOf(grants), List.copyOf(totals), overdue);
    }

    /** An amount in dollars at a rate in local units per dollar, to the cent; null without a rate. */
    static Money usd(Money amount, BigDecimal localUnitsPerUsd) {
        if (USD.equals(amount.currency())) {
            return amount;
        }
        if (localUnitsPerUsd == null || localUnitsPerUsd.signum() <= 0) {
            return null;
        }
        return Money.of(amount.amount().divide(localUnitsPerUsd, 2, RoundingMode.HALF_UP), USD);
    }
}
