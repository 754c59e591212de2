package org.m4d.grants.review.application;

import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** Who may work on a review step: a reviewer of the agency the review task is for. */
final class ReviewerOfAgency {

    private ReviewerOfAgency() {
    }

    static Agency require(Access access, TaskStep step) {
        access.requireRole(Role.REVIEWER);
        Agency agency = Agency.valueOf(step.variable(GrantLifecycle.VAR_AGENCY).toString());
        if (access.agency().filter(agency::equals).isEmpty()) {
            throw new ForbiddenException("This review is for a reviewer of " + agency);
        }
        return agency;
    }
}
