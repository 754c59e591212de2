package org.m4d.grants.partner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.PartnerRepository;
import org.m4d.grants.partner.domain.RatingHistory;
import org.m4d.grants.partner.domain.RiskRating;

/**
 * The rating and name of a partner of the current country for the other contexts (tranche plan,
 * assurance, proposal page), which check the user's access themselves. An id that is no partner of
 * the country rates {@link RiskRating#NOT_ASSESSED} and has no name.
 */
@ApplicationScoped
@Transactional
public class PartnerRatings implements PartnerRisk, PartnerNames {

    @Inject
    PartnerRepository partners;

    @Override
    public RiskRating ratingOf(long partnerId, LocalDate on) {
        return new RatingHistory(partners.assessmentsOf(partnerId)).ratingOn(on);
    }

    @Override
    public Optional<String> nameOf(long partnerId) {
        return partners.find(partnerId).map(Partner::name);
    }
}
