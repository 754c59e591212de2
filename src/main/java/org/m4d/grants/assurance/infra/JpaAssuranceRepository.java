package org.m4d.grants.assurance.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.AssuranceRepository;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.assurance.domain.Priority;
import org.m4d.grants.platform.infra.TenantEntities;

@ApplicationScoped
public class JpaAssuranceRepository extends TenantEntities implements AssuranceRepository {

    @Override
    public List<AssuranceActivity> activities(long partnerId, int year) {
        return em().createNamedQuery("AssuranceActivity.ofPartnerYear", AssuranceActivity.class)
                .setParameter("partnerId", partnerId).setParameter("year", year).getResultList();
    }

    @Override
    public List<AssuranceActivity> activities(int year) {
        return em().createNamedQuery("AssuranceActivity.ofYear", AssuranceActivity.class)
                .setParameter("year", year).getResultList();
    }

    @Override
    public Optional<AssuranceActivity> activity(long id) {
        return Optional.ofNullable(em().find(AssuranceActivity.class, id));
    }

    @Override
    public void store(AssuranceActivity activity) {
        em().persist(activity);
        em().flush();
    }

    @Override
    public List<Finding> findings(long activityId) {
        return em().createNamedQuery("Finding.ofActivity", Finding.class).setParameter("activityId", activityId)
                .getResultList();
    }

    @Override
    public List<Finding> findings() {
        return em().createNamedQuery("Finding.all", Finding.class).getResultList();
    }

    @Override
    public Optional<Finding> finding(long id) {
        return Optional.ofNullable(em().find(Finding.class, id));
    }

    @Override
    public List<Finding> openHigh(long partnerId, long proposalId) {
        return em().createNamedQuery("Finding.openOf", Finding.class).setParameter("status", Finding.Status.OPEN)
                .setParameter("priority", Priority.HIGH).setParameter("partnerId", partnerId)
                .setParameter("proposalId", proposalId).getResultList();
    }

    @Override
    public void store(Finding finding) {
        em().persist(finding);
    }
}
