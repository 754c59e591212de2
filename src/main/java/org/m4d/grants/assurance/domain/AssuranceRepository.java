package org.m4d.grants.assurance.domain;

import java.util.List;
import java.util.Optional;

/** Assurance activities and findings, always within the country of the tenant context. */
public interface AssuranceRepository {

    List<AssuranceActivity> activities(long partnerId, int year);

    /** Every activity of the country in a year, by partner. */
    List<AssuranceActivity> activities(int year);

    Optional<AssuranceActivity> activity(long id);

    void store(AssuranceActivity activity);

    List<Finding> findings(long activityId);

    /** Every finding of the country, the soonest due first. */
    List<Finding> findings();

    Optional<Finding> finding(long id);

    /** The open high-priority findings on a partner, or on activities conducted on a proposal's grant. */
    List<Finding> openHigh(long partnerId, long proposalId);

    void store(Finding finding);
}
