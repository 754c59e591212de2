package org.m4d.grants.proposal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.ProposalMembers;
import org.m4d.grants.proposal.domain.MemberRole;
import org.m4d.grants.proposal.domain.ProposalMember;

/**
 * Backs the "People" part of the proposal page (docs/adr/0035-proposal-members.md): who was invited
 * to the proposal as co-applicant or viewer, for whoever reads it; for its creator and the country's
 * coordinators, a form to invite an applicant of the country (suggested as the name is typed) and a
 * button to remove each member.
 */
@Named
@ViewScoped
public class ProposalPeople implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalMembers members;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats fmt;

    private Long id;
    private transient List<ProposalMember> rows;
    private transient Boolean manages;
    private transient List<String> eligible;
    private String username;
    private MemberRole role = MemberRole.CO_APPLICANT;

    /** The members of the proposal, in the order they were invited. */
    public List<ProposalMember> getRows() {
        if (rows == null) {
            rows = id == null ? List.of() : members.of(id);
        }
        return rows;
    }

    /** Whether the user invites and removes members here. */
    public boolean isManager() {
        if (manages == null) {
            manages = id != null && members.manages(id);
        }
        return manages;
    }

    /** The applicants of the country who may still be invited, suggested in the form. */
    public List<String> getEligible() {
        if (eligible == null) {
            eligible = isManager() ? members.eligible(id, null) : List.of();
        }
        return eligible;
    }

    public List<MemberRole> getRoles() {
        return List.of(MemberRole.values());
    }

    public void invite() {
        members.invite(id, username, role);
        Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id, fmt.message("people.invited"));
    }

    public void remove(String member) {
        members.remove(id, member);
        Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id, fmt.message("people.removed"));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
