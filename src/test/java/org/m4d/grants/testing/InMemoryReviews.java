package org.m4d.grants.testing;

import java.util.List;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.review.domain.ReviewRepository;

/** Reviews and conflict declarations per country in memory. */
public final class InMemoryReviews implements ReviewRepository {

    private final TenantRows<Review> reviews;
    private final TenantRows<ConflictDeclaration> declarations;

    public InMemoryReviews(TenantContext context) {
        reviews = new TenantRows<>(context);
        declarations = new TenantRows<>(context);
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
