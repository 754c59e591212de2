package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.platform.web.FailedActions.Outcome;

/** What a failed action means for the page, whatever Faces and EL wrapped it in. */
class FailedActionsTest {

    /** How Mojarra hands over an action's failure: the method expression's, inside the phase's. */
    private static Throwable fromAction(Throwable failure) {
        return new FacesException(new ELException("/app/task.xhtml @42: #{taskForm.release}", failure));
    }

    @Test
    void whatTheUserMayNotSeeIsThe404PageAndWhatTheyMayNotDoThe403Page() {
        assertThat(FailedActions.outcome(fromAction(new NotFoundException("Task 7")))).isEqualTo(Outcome.NOT_FOUND);
        assertThat(FailedActions.outcome(fromAction(new ForbiddenException("Only finance")))).isEqualTo(Outcome.FORBIDDEN);
    }

    @Test
    void refusalsInvalidInputAndChangesMadeMeanwhileAreMessagesOnThePage() {
        assertThat(FailedActions.outcome(fromAction(new DomainException("Above the tranche")))).isEqualTo(Outcome.MESSAGE);
        assertThat(FailedActions.outcome(fromAction(new ConflictException("Claimed by np.finance"))))
                .isEqualTo(Outcome.MESSAGE);
        assertThat(FailedActions.outcome(fromAction(new ConstraintViolationException(Set.of())))).isEqualTo(Outcome.MESSAGE);
        assertThat(FailedActions.outcome(fromAction(new TransactionalException("commit failed",
                new OptimisticLockException())))).isEqualTo(Outcome.MESSAGE);
    }

    @Test
    void aDatabaseOutOfReachIsUnavailableNotAnIncident() {
        assertThat(FailedActions.outcome(fromAction(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("Connection to localhost:5432 refused", "08001"))))).isEqualTo(Outcome.UNAVAILABLE);
        // before rendering, the page says so; while rendering, the 503 page takes over (FailedActions.handle)
        assertThat(FailedActions.showable(Outcome.UNAVAILABLE, false, false)).isTrue();
        assertThat(FailedActions.showable(Outcome.UNAVAILABLE, true, false)).isFalse();
    }

    @Test
    void anythingElseIsUnexpected() {
        assertThat(FailedActions.outcome(fromAction(new NullPointerException()))).isEqualTo(Outcome.UNEXPECTED);
        assertThat(FailedActions.outcome(new IllegalStateException("no view"))).isEqualTo(Outcome.UNEXPECTED);
    }

    @Test
    void errorPagesAlwaysMessagesOnlyBeforeRenderingAndUnexpectedAjaxFailuresAreLeftToPartialErrors() {
        assertThat(FailedActions.showable(Outcome.NOT_FOUND, true, true)).isTrue();
        assertThat(FailedActions.showable(Outcome.FORBIDDEN, true, false)).isTrue();
        assertThat(FailedActions.showable(Outcome.MESSAGE, false, true)).isTrue();
        assertThat(FailedActions.showable(Outcome.MESSAGE, true, false)).isFalse();
        assertThat(FailedActions.showable(Outcome.UNEXPECTED, false, false)).isTrue();
        assertThat(FailedActions.showable(Outcome.UNEXPECTED, false, true)).isFalse();
    }
}
