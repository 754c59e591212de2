package org.m4d.grants.partner.domain;

import java.util.List;
import java.util.Optional;

/** Partners and their assessments, always within the country of the tenant context. */
public interface PartnerRepository {

    Optional<Partner> find(long id);

    /** The country's partners by name. */
    List<Partner> all();

    Optional<Partner> byNameKey(String nameKey);

    void store(Partner partner);

    /** Writes pending changes now, so that a duplicate name fails inside the use case. */
    void flush();

    /** A partner's assessments, newest first. */
    List<RiskAssessment> assessmentsOf(long partnerId);

    void store(RiskAssessment assessment);
}
