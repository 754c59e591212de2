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

    /** A waiting review and what the coordinator enters for it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String agency;
        private final String holder;
        private final List<String> eligible;
        private String reviewer;
        private String reason;

        Row(ReviewerAssignments.WaitingReview review) {
            agency = review.agency().name();
            holder = review.assignee();
            eligible = List.copyOf(review.eligible());
        }

        public String getAgency() {
            return agency;
        }

        public String getHolder() {
            return holder;
        }

        public List<String> getEligible() {
            return eligible;
        }

        public String getReviewer() {
            return reviewer;
        }

        public void setReviewer(String reviewer) {
            this.reviewer = reviewer;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
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
    private List<Row> rows;

    /** The waiting reviews, for a coordinator of the country; none for everybody else. */
    public List<Row> getRows() {
        if (rows == null) {
            rows = id != null && access.hasRole(Role.COORDINATOR)
                    ? assignments.waiting(id).stream().map(Row::new).toList() : List.of();
        }
        return rows;
    }

    public void reassign(Row row) {
        assignments.reassign(id, row.getAgency(), row.getReviewer(), row.getReason());
        Pages.redirect(faces, "/app/proposal/view.xhtml?id=" + id, fmt.message("assignment.done"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
