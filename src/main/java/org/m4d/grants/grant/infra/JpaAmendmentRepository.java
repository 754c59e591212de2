package org.m4d.grants.grant.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.m4d.grants.grant.domain.AgreementVersion;
import org.m4d.grants.grant.domain.Amendment;
import org.m4d.grants.grant.domain.AmendmentRepository;
import org.m4d.grants.platform.infra.TenantEntities;

@ApplicationScoped
public class JpaAmendmentRepository extends TenantEntities implements AmendmentRepository {

    @Override
    public List<Amendment> amendments(long grantId) {
        return em().createNamedQuery("Amendment.ofGrant", Amendment.class).setParameter("grantId", grantId)
                .getResultList();
    }

    @Override
    public List<AgreementVersion> versions(long grantId) {
        return em().createNamedQuery("AgreementVersion.ofGrant", AgreementVersion.class)
                .setParameter("grantId", grantId).getResultList();
    }

    @Override
    public void store(Amendment amendment) {
        em().persist(amendment);
    }

    @Override
    public void store(AgreementVersion version) {
        em().persist(version);
    }
}
