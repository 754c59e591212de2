package org.m4d.grants.assurance.application;

import java.math.BigDecimal;
import java.util.List;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.workflow.application.AssurancePlan;

/**
 * A partner's assurance year as planned: the rating and the year's cash (USD) the plan was drawn
 * from, what the decision table asked for, and every activity of the year, those added now included.
 */
public record PlannedYear(long partnerId, int year, RiskRating rating, BigDecimal cashUsd, AssurancePlan plan,
                          List<AssuranceActivity> activities, int added) {

    public PlannedYear {
        activities = List.copyOf(activities);
    }
}
