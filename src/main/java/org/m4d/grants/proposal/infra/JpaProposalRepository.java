package org.m4d.grants.proposal.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.platform.infra.TenantEntities;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;

@ApplicationScoped
public class JpaProposalRepository extends TenantEntities implements ProposalRepository {

    @Override
    public Optional<Proposal> find(long id) {
        EntityManager em = em();
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    @Override
    public List<Proposal> ofCall(long callId) {
        return em().createNamedQuery("Proposal.ofCall", Proposal.class).setParameter("call", callId).getResultList();
    }

    @Override
    public List<Proposal> lookAlikeCandidates(long excluded, int max) {
        return em().createNamedQuery("Proposal.lookAlikeCandidates", Proposal.class).setParameter("id", excluded)
                .setParameter("excluded", List.of(ProposalState.DRAFT, ProposalState.WITHDRAWN))
                // the places of every candidate in one more query, not one per proposal
                .setHint("eclipselink.batch", "p.places").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Proposal> all(int first, int max) {
        EntityManager em = em();
        return em.createNamedQuery("Proposal.all", Proposal.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<Proposal> search(ProposalSearch search, int first, int max) {
        EntityManager em = em();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Proposal> query = cb.createQuery(Proposal.class);
        Root<Proposal> p = query.from(Proposal.class);
        query.select(p).where(matching(cb, p, search));
        Expression<?> sortBy = p.get(switch (search.order()) {
            case TITLE -> "title";
            case STATE -> "state";
            case SECTOR -> "sector";
            case REQUESTED -> "requestedAmount";
            case CREATED -> "createdAt";
        });
        query.orderBy(search.ascending() ? cb.asc(sortBy) : cb.desc(sortBy),
                search.ascending() ? cb.asc(p.get("id")) : cb.desc(p.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ProposalSearch search) {
        EntityManager em = em();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Proposal> p = query.from(Proposal.class);
        query.select(cb.count(p)).where(matching(cb, p, search));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Proposal> p, ProposalSearch search) {
        List<Predicate> where = new ArrayList<>();
        if (search.state() != null) {
            where.add(cb.equal(p.get("state"), search.state()));
        }
        if (search.sector() != null) {
            where.add(cb.equal(p.get("sector"), search.sector()));
        }
        if (search.level() != null) {
            where.add(cb.equal(p.get("level"), search.level()));
        }
        if (search.genderMarker() != null) {
            where.add(cb.equal(p.get("genderMarker"), search.genderMarker()));
        }
        if (search.covidRecovery() != null) {
            where.add(cb.equal(p.get("covidRecovery"), search.covidRecovery()));
        }
        if (search.text() != null) {
            String like = "%" + search.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(cb.lower(p.get("title")), like, '\\'),
                    cb.like(cb.lower(p.get("createdBy")), like, '\\')));
        }
        if (search.onlyIds() != null) {
            where.add(search.onlyIds().isEmpty() ? cb.disjunction() : p.get("id").in(search.onlyIds()));
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public List<Proposal> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        EntityManager em = em();
        return em.createNamedQuery("Proposal.withIds", Proposal.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public void remove(Proposal proposal) {
        EntityManager em = em();
        em.remove(proposal);
    }

    @Override
    public void store(Proposal proposal) {
        EntityManager em = em();
        em.persist(proposal);
        em.flush();
    }

    @Override
    public Map<ProposalState, Long> countByState() {
        return counts("Proposal.countByState", ProposalState.class);
    }

    @Override
    public Map<Sector, Long> countBySector() {
        return counts("Proposal.countBySector", Sector.class);
    }

    private <E extends Enum<E>> Map<E, Long> counts(String query, Class<E> type) {
        EntityManager em = em();
        Map<E, Long> counts = new EnumMap<>(type);
        for (Object[] row : em.createNamedQuery(query, Object[].class).getResultList()) {
            counts.put(type.cast(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
