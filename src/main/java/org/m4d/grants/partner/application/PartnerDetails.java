package org.m4d.grants.partner.application;

import java.util.List;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.RiskAssessment;
import org.m4d.grants.partner.domain.RiskRating;

/** A partner with the rating in force today and its assessments, newest first. */
public record PartnerDetails(Partner partner, RiskRating ratingInForce, List<RiskAssessment> history) {
}
