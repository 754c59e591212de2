package org.m4d.grants.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.review.domain.ReviewAssignment;
import org.m4d.grants.review.domain.ReviewRepository;

/** Reviews and conflict declarations per country in memory. */
public final class InMemoryReviews implements ReviewRepository {

    private final TenantRows<Review> reviews;
    private final TenantRows<ConflictDeclaration> declarations;
    private final TenantRows<ReviewAssignment> assignments;

    public InMemoryReviews(TenantContext context) {
        reviews = new TenantRows<>(context);
        declarations = new TenantRows<>(context);
        assignments = new TenantRows<>(context);
    }

    @Override
    public void store(ReviewAssignment assignment) {
        assignments.store(assignment);
    }

    @Override
    public List<ReviewAssignment> assignmentsOf(long proposalId) {
        return assignments.all().stream().filter(a -> a.proposalId() == proposalId).toList();
    }

    @Override
    public Map<String, Instant> lastAssignments(Agency agency) {
        Map<String, Instant> last = new HashMap<>();
        assignments.all().stream().filter(a -> a.agency() == agency && a.reviewer() != null)
                .forEach(a -> last.merge(a.reviewer(), a.assignedAt(), (x, y) -> x.isAfter(y) ? x : y));
        return last;
    }

    @Override
    public Set<String> conflictedReviewers(long proposalId) {
        return declarations.all().stream().filter(d -> conflict(d) && proposalOf(d) == proposalId)
                .map(ConflictDeclaration::reviewer).collect(Collectors.toSet());
    }

    @Override
    public void store(Review review) {
        reviews.store(review);
    }

    @Override
    public void store(ConflictDeclaration declaration) {
        declarations.store(declaration);
    }

    @Override
    public List<Review> ofProposal(long proposalId) {
        return reviews.all().stream().filter(r -> r.proposalId() == proposalId).toList();
    }

    @Override
    public boolean declaredNoConflict(long proposalId, int round, String reviewer) {
        return declarations.all().stream().anyMatch(d -> reviewer.equals(d.reviewer()) && !conflict(d)
                && proposalOf(d) == proposalId && (int) Wiring.get(d, ConflictDeclaration.class, "reviewRound") == round);
    }

    @Override
    public List<Long> clearedProposals(String reviewer) {
        return declarations.all().stream().filter(d -> reviewer.equals(d.reviewer()) && !conflict(d))
                .map(InMemoryReviews::proposalOf).distinct().toList();
    }

    /** All declarations of the country, for a test to see what was recorded. */
    public List<ConflictDeclaration> declarations() {
        return declarations.all();
    }

    public static boolean conflict(ConflictDeclaration declaration) {
        return (boolean) Wiring.get(declaration, ConflictDeclaration.class, "conflict");
    }

    private static long proposalOf(ConflictDeclaration declaration) {
        return (long) Wiring.get(declaration, ConflictDeclaration.class, "proposalId");
    }
}
