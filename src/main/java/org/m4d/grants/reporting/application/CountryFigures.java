package org.m4d.grants.reporting.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.m4d.grants.grant.application.GrantFigure;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.workflow.domain.OverdueCounts;

/**
 * The raw figures of one country, as its services return them: counts by state and sector, its
 * grants with their proposals' titles, overdue tasks, and its currency and current dollar rate.
 */
public record CountryFigures(String tenant, String currency, BigDecimal usdRate, Map<ProposalState, Long> states,
                             Map<Sector, Long> sectors, List<GrantFigure> grants, Map<Long, String> titles,
                             OverdueCounts overdue) {
}
