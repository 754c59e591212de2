package org.m4d.grants.reporting.domain;

import java.math.BigDecimal;

/**
 * One indicator of one grant's results framework as the roll-up reads it: the outcome and programme
 * indicator it counts towards, its target, and the actual of the latest accepted report that gave
 * one (null while none has).
 */
public record ResultLine(String country, long proposalId, String indicator, int outcome, Long programmeIndicatorId,
                         BigDecimal target, BigDecimal actual) {
}
