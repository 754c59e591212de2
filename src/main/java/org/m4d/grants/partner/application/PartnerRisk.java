package org.m4d.grants.partner.application;

import java.time.LocalDate;
import org.m4d.grants.partner.domain.RiskRating;

/** The risk rating of a partner of the current country in force on a day, for the contexts that route cash by it. */
public interface PartnerRisk {

    /** The rating of the latest assessment still valid on {@code on}; {@link RiskRating#NOT_ASSESSED} if none. */
    RiskRating ratingOf(long partnerId, LocalDate on);
}
