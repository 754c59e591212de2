package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.m4d.grants.platform.domain.TenantOwned;

/** A user of the proposal's country invited to it as a co-applicant or a viewer, by whom and when. */
@Entity
@Table(name = "proposal_member")
@NamedQuery(name = "ProposalMember.ofProposal",
        query = "SELECT m FROM ProposalMember m WHERE m.proposalId = :proposalId ORDER BY m.invitedAt, m.id")
@NamedQuery(name = "ProposalMember.proposalsOf",
        query = "SELECT m.proposalId FROM ProposalMember m WHERE m.username = :username")
public class ProposalMember extends TenantOwned {

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MemberRole role;

    @Column(name = "invited_by", nullable = false, updatable = false)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    protected ProposalMember() {
    }

    public ProposalMember(long proposalId, String username, MemberRole role, String invitedBy, Instant invitedAt) {
        this.proposalId = proposalId;
        this.username = username;
        this.role = role;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    public long proposalId() {
        return proposalId;
    }

    public String username() {
        return username;
    }

    public MemberRole role() {
        return role;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }
}
