package org.m4d.grants.reporting.application;

import java.util.List;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.workflow.domain.OverdueCounts;

/**
 * What the dashboard shows for the countries in scope: proposals per state in funnel order and per
 * sector (zeros included, so charts keep their shape), every grant, the totals (in each local
 * currency for one country, then in US dollars), and the overdue tasks.
 */
public record DashboardFigures(List<Count<ProposalState>> funnel, List<Count<Sector>> sectors,
                               List<GrantLine> grants, List<Total> totals, OverdueCounts overdue) {

    /** The last total is always the one in US dollars. */
    public Total usdTotal() {
        return totals.get(totals.size() - 1);
    }

    /**
     * The currency the amount charts use: the local one when every grant is in it (one country),
     * else US dollars, since amounts in different currencies cannot share an axis.
     */
    public String chartCurrency() {
        String first = totals.get(0).currency();
        return grants.stream().allMatch(g -> g.approved().currency().equals(first)) ? first : Tally.USD;
    }

    /** The total in {@link #chartCurrency()}. */
    public Total chartTotal() {
        String currency = chartCurrency();
        return totals.stream().filter(t -> t.currency().equals(currency)).findFirst().orElse(usdTotal());
    }
}
