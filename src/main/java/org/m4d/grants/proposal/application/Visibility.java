package org.m4d.grants.proposal.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.MemberRole;

/**
 * The one rule of what a member of a proposal's country sees of it: the proposal and its diagram,
 * each kind of history entry, the reviews, the grant with its ledger. Pages and API ask it alike
 * (ADR 0012, docs/security.md §6). Roles add up: a user sees what any of their roles sees.
 *
 * @param viewer   the user's name
 * @param roles    the user's roles in the proposal's country, global ones included
 * @param owner    whether the user created the proposal
 * @param cleared  whether the user has declared no conflict of interest in the proposal's current review round
 * @param member   what the user was invited to the proposal as (ADR 0035), null when not invited
 */
public record Visibility(String viewer, Set<Role> roles, boolean owner, boolean cleared, MemberRole member) {

    private static final Set<Role> OVERSEERS = EnumSet.of(Role.COORDINATOR, Role.PMU, Role.OBSERVER);

    public Visibility {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** A user not invited to the proposal. */
    public Visibility(String viewer, Set<Role> roles, boolean owner, boolean cleared) {
        this(viewer, roles, owner, cleared, null);
    }

    /**
     * Whether the user may change the proposal's content while it may be changed: the applicant who
     * created it and the applicants invited as co-applicants (ADR 0035).
     */
    public boolean editsProposal() {
        return roles.contains(Role.APPLICANT) && (owner || member == MemberRole.CO_APPLICANT);
    }

    /** Whether the user submits, withdraws or deletes the proposal: its creator alone (ADR 0035). */
    public boolean submitsProposal() {
        return owns();
    }

    /** Everyone of the country but a reviewer who has not declared, in this round, that they have no conflict. */
    public boolean readsProposal() {
        return roles.stream().anyMatch(role -> role != Role.REVIEWER) || reviewing();
    }

    /** The diagram shows where the proposal stands, as the proposal page does: the same readers. */
    public boolean readsDiagram() {
        return readsProposal();
    }

    /**
     * The grant, tranches, ledger and reports: the finance ledger's readers, the applicant who owns it and
     * the applicants invited to the proposal.
     */
    public boolean readsGrant() {
        return oversees() || roles.contains(Role.FINANCE) || takesPart();
    }

    /**
     * What holds a payment now (an open assurance finding, an advance outstanding): the finance
     * ledger's readers, not the applicant, since a finding on the partner may come from another grant.
     */
    public boolean readsReleaseBlocks() {
        return oversees() || roles.contains(Role.FINANCE);
    }

    /** An amendment of the grant is asked for by the applicant who owns it or by a coordinator. */
    public boolean amendsGrant() {
        return owns() || roles.contains(Role.COORDINATOR);
    }

    /** The reviews endpoint: those who oversee, and a reviewer cleared on the proposal (who sees {@link #seesReview}). */
    public boolean readsReviews() {
        return oversees() || reviewing();
    }

    /** One review; a reviewer sees another's only once both reviews of its round are in, so it cannot sway theirs. */
    public boolean seesReview(String reviewer, boolean roundComplete) {
        return oversees() || reviewing() && (viewer.equals(reviewer) || roundComplete);
    }

    /**
     * One history entry. {@code roundComplete}: both reviews of the entry's round are in (a review
     * result follows it).
     */
    public boolean sees(HistoryKind kind, String actor, boolean roundComplete) {
        if (!readsProposal()) {
            return false;
        }
        if (oversees()) {
            return true;
        }
        return switch (kind) {
            case PROPOSAL -> true;
            case ENDORSEMENT -> takesPart() || roles.contains(Role.NATIONAL_FOCAL_POINT);
            case DECISION -> takesPart() || roles.contains(Role.FINANCE);
            case GRANT, REPORT -> readsGrant();
            case CONFLICT_DECLARATION -> reviewing() && viewer.equals(actor);
            case REVIEW_SCORE -> reviewing() && (viewer.equals(actor) || roundComplete);
            case REVIEW_RESULT -> reviewing();
            case FOLLOW_UP, OTHER -> false;
        };
    }

    /** The entries of a history, oldest first, that the user sees. */
    public List<AuditEntry> history(List<AuditEntry> entries) {
        List<AuditEntry> visible = new ArrayList<>();
        boolean resultFollows = false;
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry entry = entries.get(i);
            HistoryKind kind = HistoryKind.of(entry.action());
            if (kind == HistoryKind.REVIEW_RESULT) {
                resultFollows = true;
            }
            if (sees(kind, entry.actor(), resultFollows)) {
                visible.add(0, entry);
            }
        }
        return visible;
    }

    private boolean oversees() {
        return roles.stream().anyMatch(OVERSEERS::contains);
    }

    private boolean owns() {
        return owner && roles.contains(Role.APPLICANT);
    }

    /** The applicant who owns the proposal, or one invited to it as co-applicant or viewer. */
    private boolean takesPart() {
        return roles.contains(Role.APPLICANT) && (owner || member != null);
    }

    private boolean reviewing() {
        return cleared && roles.contains(Role.REVIEWER);
    }
}
