package org.m4d.grants.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.AssuranceRepository;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.platform.application.TenantContext;

/** Assurance activities and findings per country in memory. */
public final class InMemoryAssurance implements AssuranceRepository {

    private final TenantRows<AssuranceActivity> activities;
    private final TenantRows<Finding> findings;

    public InMemoryAssurance(TenantContext context) {
        activities = new TenantRows<>(context);
        findings = new TenantRows<>(context);
    }

    @Override
    public List<AssuranceActivity> activities(long partnerId, int year) {
        return activities(year).stream().filter(a -> a.partnerId() == partnerId).toList();
    }

    @Override
    public List<AssuranceActivity> activities(int year) {
        return activities.all().stream().filter(a -> a.year() == year)
                .sorted(Comparator.comparing(AssuranceActivity::partnerId).thenComparing(AssuranceActivity::dueOn)
                        .thenComparing(AssuranceActivity::id)).toList();
    }

    @Override
    public Optional<AssuranceActivity> activity(long id) {
        return activities.find(id);
    }

    @Override
    public void store(AssuranceActivity activity) {
        activities.store(activity);
    }

    @Override
    public List<Finding> findings(long activityId) {
        return findings.all().stream().filter(f -> f.activityId() == activityId).toList();
    }

    @Override
    public List<Finding> findings() {
        return findings.all().stream().sorted(Comparator.comparing(Finding::dueOn).thenComparing(Finding::id)).toList();
    }

    @Override
    public Optional<Finding> finding(long id) {
        return findings.find(id);
    }

    @Override
    public List<Finding> openHigh(long partnerId, long proposalId) {
        return findings().stream().filter(Finding::blocksPayment)
                .filter(f -> f.partnerId() == partnerId || f.proposalId() == proposalId).toList();
    }

    @Override
    public void store(Finding finding) {
        findings.store(finding);
    }
}
