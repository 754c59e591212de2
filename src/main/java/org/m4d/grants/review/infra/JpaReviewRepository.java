package org.m4d.grants.review.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.review.domain.ReviewAssignment;
import org.m4d.grants.platform.infra.TenantEntities;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.review.domain.ReviewRepository;

@ApplicationScoped
public class JpaReviewRepository extends TenantEntities implements ReviewRepository {

    @Override
    public void store(Review review) {
        EntityManager em = em();
        em.persist(review);
    }

    @Override
    public void store(ConflictDeclaration declaration) {
        EntityManager em = em();
        em.persist(declaration);
    }

    @Override
    public boolean declaredNoConflict(long proposalId, int round, String reviewer) {
        EntityManager em = em();
        return em.createNamedQuery("ConflictDeclaration.noConflict", Long.class)
                .setParameter("proposalId", proposalId).setParameter("round", round).setParameter("reviewer", reviewer)
                .getSingleResult() > 0;
    }

    @Override
    public List<Long> clearedProposals(String reviewer) {
        EntityManager em = em();
        return em.createNamedQuery("ConflictDeclaration.cleared", Long.class).setParameter("reviewer", reviewer)
                .getResultList();
    }

    @Override
    public List<Review> ofProposal(long proposalId) {
        EntityManager em = em();
        return em.createNamedQuery("Review.ofProposal", Review.class).setParameter("proposalId", proposalId)
                .getResultList();
    }

    @Override
    public void store(ReviewAssignment assignment) {
        em().persist(assignment);
    }

    @Override
    public List<ReviewAssignment> assignmentsOf(long proposalId) {
        return em().createNamedQuery("ReviewAssignment.ofProposal", ReviewAssignment.class)
                .setParameter("proposalId", proposalId).getResultList();
    }

    @Override
    public Map<String, Instant> lastAssignments(Agency agency) {
        Map<String, Instant> last = new HashMap<>();
        for (Object[] row : em().createNamedQuery("ReviewAssignment.lastOfAgency", Object[].class)
                .setParameter("agency", agency).getResultList()) {
            last.put((String) row[0], (Instant) row[1]);
        }
        return last;
    }

    @Override
    public Set<String> conflictedReviewers(long proposalId) {
        return Set.copyOf(em().createNamedQuery("ConflictDeclaration.conflicted", String.class)
                .setParameter("proposalId", proposalId).getResultList());
    }
}
