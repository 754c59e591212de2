package org.m4d.grants.practice.infra;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.platform.infra.TenantEntities;
import org.m4d.grants.practice.domain.Practice;
import org.m4d.grants.practice.domain.PracticeRepository;

@ApplicationScoped
public class JpaPracticeRepository extends TenantEntities implements PracticeRepository {

    @Override
    public Optional<Practice> find(long id) {
        return Optional.ofNullable(em().find(Practice.class, id));
    }

    @Override
    public Optional<Practice> byProposal(long proposalId) {
        return em().createNamedQuery("Practice.byProposal", Practice.class).setParameter("proposal", proposalId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Practice> published() {
        return em().createNamedQuery("Practice.published", Practice.class).getResultList();
    }

    @Override
    public List<Practice> all() {
        return em().createNamedQuery("Practice.all", Practice.class).getResultList();
    }

    @Override
    public void store(Practice practice) {
        em().persist(practice);
        em().flush();
    }
}
