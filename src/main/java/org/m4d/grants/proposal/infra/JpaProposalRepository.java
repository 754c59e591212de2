package org.m4d.grants.proposal.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.platform.infra.TenantScope;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;

@ApplicationScoped
public class JpaProposalRepository implements ProposalRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public Optional<Proposal> find(String tenant, long id) {
        TenantScope.enter(em, tenant);
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    @Override
    public List<Proposal> all(String tenant, int first, int max) {
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("Proposal.all", Proposal.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<Proposal> withIds(String tenant, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("Proposal.withIds", Proposal.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public void remove(String tenant, Proposal proposal) {
        TenantScope.enter(em, tenant);
        em.remove(proposal);
    }

    @Override
    public void store(String tenant, Proposal proposal) {
        TenantScope.enter(em, tenant);
        em.persist(proposal);
        em.flush();
    }

    @Override
    public Map<ProposalState, Long> countByState(String tenant) {
        return counts(tenant, "Proposal.countByState", ProposalState.class);
    }

    @Override
    public Map<Sector, Long> countBySector(String tenant) {
        return counts(tenant, "Proposal.countBySector", Sector.class);
    }

    private <E extends Enum<E>> Map<E, Long> counts(String tenant, String query, Class<E> type) {
        TenantScope.enter(em, tenant);
        Map<E, Long> counts = new EnumMap<>(type);
        for (Object[] row : em.createNamedQuery(query, Object[].class).getResultList()) {
            counts.put(type.cast(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
