package org.m4d.grants.review.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.review.application.ReviewerAssignments;

/**
 * Backs the "who reviews" part of the proposal page, for the country's coordinators: each agency's
 * review that waits for its declaration, who holds it, and a form to give it to another eligible
 * reviewer with a reason (docs/adr/0032).
 */
@Named
@ViewScoped
public class ReviewAssignmentsPart implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A reviewer a waiting review may be given to: "IOM:np.reviewer.iom3", shown "np.reviewer.iom3 (IOM)". */
    public record Choice(String value, String label) implements Serializable {
    }

    @Inject
    transient ReviewerAssignments assignments;

    @Inject
    transient Access access;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats fmt;

    private Long id;
    private transient List<ReviewerAssignments.WaitingReview> rows;
    private String choice;
    private String reason;

    /** The waiting reviews, for a coordinator of the country; none for everybody else. */
    public List<ReviewerAssignments.WaitingReview> getRows() {
        if (rows == null) {
            rows = id != null && access.hasRole(Role.COORDINATOR) ? assignments.waiting(id) : List.of();
        }
        return rows;
    }

    /** Every reviewer some waiting review may go to, with its agency. */
    public List<Choice> getChoices() {
        return getRows().stream().flatMap(r -> r.eligible().stream()
                .map(u -> new Choice(r.agency().name() + ":" + u, u + " (" + fmt.code("enum.Agency.", r.agency().name()) + ")")))
                .toList();
    }

    public void reassign() {
        String chosen = choice == null ? "" : choice;
        int colon = chosen.indexOf(':');
        assignments.reassign(id, colon < 0 ? null : chosen.substring(0, colon), colon < 0 ? null : chosen.substring(colon + 1),
                reason);
        Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id, fmt.message("assignment.done"));
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
