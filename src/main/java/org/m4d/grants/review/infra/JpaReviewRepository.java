package org.m4d.grants.review.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.m4d.grants.platform.infra.TenantScope;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.review.domain.ReviewRepository;

@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public void store(String tenant, Review review) {
        TenantScope.enter(em, tenant);
        em.persist(review);
    }

    @Override
    public void store(String tenant, ConflictDeclaration declaration) {
        TenantScope.enter(em, tenant);
        em.persist(declaration);
    }

    @Override
    public boolean declaredNoConflict(String tenant, long proposalId, int round, String reviewer) {
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("ConflictDeclaration.noConflict", Long.class)
                .setParameter("proposalId", proposalId).setParameter("round", round).setParameter("reviewer", reviewer)
                .getSingleResult() > 0;
    }

    @Override
    public List<Long> clearedProposals(String tenant, String reviewer) {
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("ConflictDeclaration.cleared", Long.class).setParameter("reviewer", reviewer)
                .getResultList();
    }

    @Override
    public List<Review> ofProposal(String tenant, long proposalId) {
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("Review.ofProposal", Review.class).setParameter("proposalId", proposalId)
                .getResultList();
    }
}
