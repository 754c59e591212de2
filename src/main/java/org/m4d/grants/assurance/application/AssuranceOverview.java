package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.m4d.grants.assurance.domain.ActivityKind;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.AssuranceRepository;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.application.PartnerNames;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;

/**
 * The assurance of a country, read by its coordinators and finance and by the global roles: each
 * partner's year, planned against done, and the findings. One country per call, as the finance
 * views: an "all countries" view calls once per country.
 */
@ApplicationScoped
@Transactional
public class AssuranceOverview {

    private static final Set<Role> READERS = Set.of(Role.FINANCE, Role.COORDINATOR, Role.PMU, Role.OBSERVER);

    @Inject
    AssuranceRepository assurance;

    @Inject
    Access access;

    @Inject
    TenantContext context;

    @Inject
    PartnerNames names;

    /** Every partner with activities in the year, by partner id. */
    public List<PartnerProgress> progress(int year) {
        requireReader();
        if (year < AssurancePlanning.FIRST_YEAR || year > AssurancePlanning.LAST_YEAR) {
            throw new DomainException("Plan a year from " + AssurancePlanning.FIRST_YEAR + " to "
                    + AssurancePlanning.LAST_YEAR).withKey("error.assurance.year", AssurancePlanning.FIRST_YEAR,
                    AssurancePlanning.LAST_YEAR);
        }
        Map<Long, List<AssuranceActivity>> byPartner = assurance.activities(year).stream()
                .filter(a -> a.status() != AssuranceActivity.Status.CANCELLED)
                .collect(Collectors.groupingBy(AssuranceActivity::partnerId, TreeMap::new, Collectors.toList()));
        Map<Long, List<Finding>> open = assurance.findings().stream().filter(f -> f.status() == Finding.Status.OPEN)
                .collect(Collectors.groupingBy(Finding::partnerId));
        List<PartnerProgress> rows = new ArrayList<>();
        byPartner.forEach((partner, activities) -> {
            List<Finding> findings = open.getOrDefault(partner, List.of());
            rows.add(new PartnerProgress(context.current(), partner, names.nameOf(partner).orElse("#" + partner),
                    count(activities, ActivityKind.PROGRAMMATIC_VISIT, false),
                    count(activities, ActivityKind.PROGRAMMATIC_VISIT, true),
                    count(activities, ActivityKind.SPOT_CHECK, false), count(activities, ActivityKind.SPOT_CHECK, true),
                    count(activities, ActivityKind.AUDIT, false), count(activities, ActivityKind.AUDIT, true),
                    findings.size(), (int) findings.stream().filter(Finding::blocksPayment).count()));
        });
        return rows;
    }

    /** The findings of the country, the soonest due first; {@code openOnly} leaves out the closed ones. */
    public List<Finding> findings(boolean openOnly) {
        requireReader();
        return assurance.findings().stream().filter(f -> !openOnly || f.status() == Finding.Status.OPEN).toList();
    }

    private static int count(List<AssuranceActivity> activities, ActivityKind kind, boolean doneOnly) {
        return (int) activities.stream().filter(a -> a.kind() == kind)
                .filter(a -> !doneOnly || a.status() == AssuranceActivity.Status.DONE).count();
    }

    private void requireReader() {
        access.requireMember();
        if (READERS.stream().noneMatch(access::hasRole)) {
            throw new ForbiddenException("Assurance is read by finance, coordinators, the programme unit and observers"
                    + " of " + context.current());
        }
    }
}
