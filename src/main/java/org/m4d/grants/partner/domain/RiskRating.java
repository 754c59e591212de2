package org.m4d.grants.partner.domain;

/**
 * A partner's HACT risk rating from its micro-assessment. A partner never assessed, or whose last
 * assessment is past its validity, counts as {@link #NOT_ASSESSED}.
 */
public enum RiskRating {
    LOW, MODERATE, SIGNIFICANT, HIGH, NOT_ASSESSED
}
