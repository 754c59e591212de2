package org.m4d.grants.reporting.domain;

import java.math.BigDecimal;
import java.util.Set;
import org.m4d.grants.platform.domain.Money;

/**
 * What a submitted proposal says about the programme's markers, and, once it is a grant, its approved
 * amount with the dollar rate recorded on its agreement (local units per USD; null where none was).
 */
public record MarkerFacts(String country, long proposalId, Integer genderMarker, Set<String> sdgTargets,
                          Set<Integer> gcmObjectives, boolean covidRecovery, String level, String sector,
                          Money approved, BigDecimal usdRate) {
}
