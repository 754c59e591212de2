package org.m4d.grants.grant.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.m4d.grants.grant.domain.AcceptedReports;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.platform.infra.TenantEntities;

@ApplicationScoped
public class JpaAcceptedReports extends TenantEntities implements AcceptedReports {

    @Override
    public List<Report> countable() {
        return em().createNamedQuery("Report.countable", Report.class).setParameter("status", Report.Status.ACCEPTED)
                .setParameter("kind", Report.Kind.FINAL).getResultList();
    }
}
