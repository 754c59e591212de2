package org.m4d.grants.partner.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.PartnerRepository;
import org.m4d.grants.partner.domain.RiskAssessment;
import org.m4d.grants.platform.infra.TenantEntities;

@ApplicationScoped
public class JpaPartnerRepository extends TenantEntities implements PartnerRepository {

    @Override
    public Optional<Partner> find(long id) {
        return Optional.ofNullable(em().find(Partner.class, id));
    }

    @Override
    public List<Partner> all() {
        return em().createNamedQuery("Partner.all", Partner.class).getResultList();
    }

    @Override
    public Optional<Partner> byNameKey(String nameKey) {
        return em().createNamedQuery("Partner.byNameKey", Partner.class).setParameter("key", nameKey)
                .getResultStream().findFirst();
    }

    @Override
    public void store(Partner partner) {
        em().persist(partner);
        em().flush();
    }

    @Override
    public void flush() {
        em().flush();
    }

    @Override
    public List<RiskAssessment> assessmentsOf(long partnerId) {
        return em().createNamedQuery("RiskAssessment.ofPartner", RiskAssessment.class)
                .setParameter("partner", partnerId).getResultList();
    }

    @Override
    public void store(RiskAssessment assessment) {
        em().persist(assessment);
        em().flush();
    }
}
