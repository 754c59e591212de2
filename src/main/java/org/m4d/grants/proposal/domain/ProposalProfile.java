package org.m4d.grants.proposal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a proposal says about the initiative beyond its title, sector and amount.
 * Amounts are in the tenant's currency.
 */
public record ProposalProfile(Level level, Set<Integer> outcomes, Set<InterventionArea> interventionAreas,
                              Set<String> sdgTargets, Set<Integer> gcmObjectives, Integer genderMarker,
                              boolean covidRecovery, Set<PartnerType> partners, Beneficiaries beneficiaries,
                              List<BudgetLine> budgetLines, BigDecimal coFinancing, LocalDate startDate,
                              LocalDate endDate, List<Indicator> indicators) {
}
