package org.m4d.grants.partner.application;

import org.m4d.grants.partner.domain.PartnerType;
import org.m4d.grants.partner.domain.RiskRating;

/**
 * A line of the partner list. Every member of the country sees name and type, to choose a partner
 * for a proposal; the rating only those who may read it (null for the others).
 */
public record PartnerSummary(long id, String name, PartnerType type, RiskRating rating) {
}
