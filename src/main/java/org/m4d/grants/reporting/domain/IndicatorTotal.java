package org.m4d.grants.reporting.domain;

import java.math.BigDecimal;

/**
 * What the grants' indicators linked to one programme indicator add up to, in one country or (country
 * null) the whole programme: how many grant indicators are linked, how many have an accepted actual,
 * and the sums of their targets and actuals in the programme indicator's unit.
 */
public record IndicatorTotal(String country, int outcome, long programmeIndicatorId, String indicator, String unit,
                             int linked, int reporting, BigDecimal target, BigDecimal actual) {
}
