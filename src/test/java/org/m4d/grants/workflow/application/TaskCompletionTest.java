package org.m4d.grants.workflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.testing.SignedInUser;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * The one way a task is completed: found by its key, still the step the form showed, a valid
 * payload, the handler's check, its change, and the engine's completion with its variables, in
 * that order; anything refused before the change leaves the task open.
 */
class TaskCompletionTest {

    private final List<String> calls = new ArrayList<>();

    /** The engine's side: one open note task with the variable "tranche". */
    private final Workflow workflow = new FakeWorkflow(new TenantContext(), new SignedInUser()) {
        @Override
        public TaskView task(String taskId) {
            return new TaskView(taskId, "followUpOverdueReport", "Follow up overdue report", "NP", 7L, null, null, null,
                    null, "tasks/followUpOverdueReport.xhtml");
        }

        @Override
        public Object variable(String taskId, String name) {
            calls.add("variable " + name);
            return 2;
        }

        @Override
        public void complete(String taskId, String expectedKey, Map<String, Object> variables) {
            calls.add("complete " + taskId + " " + expectedKey + " " + variables);
        }
    };

    /** A handler that records what it is asked, and refuses whom it is told to. */
    private final class Recording implements TaskHandler<NotePayload> {
        boolean refuse;

        @Override
        public String taskKey() {
            return "followUpOverdueReport";
        }

        @Override
        public Class<NotePayload> payloadType() {
            return NotePayload.class;
        }

        @Override
        public void authorize(TaskStep step) {
            calls.add("authorize " + step.task().id());
            if (refuse) {
                throw new ForbiddenException("Not yours");
            }
        }

        @Override
        public Map<String, Object> apply(TaskStep step, NotePayload payload) {
            step.variable(GrantLifecycle.VAR_TRANCHE);
            calls.add("apply " + payload.note() + " in tranche " + step.variable(GrantLifecycle.VAR_TRANCHE));
            return Map.of("followedUp", true);
        }
    }

    private final Recording handler = new Recording();
    private final TaskCompletion completion = new TaskCompletion();

    TaskCompletionTest() {
        completion.workflow = workflow;
        completion.validator = Validation.buildDefaultValidatorFactory().getValidator();
        completion.byKey = Map.of(handler.taskKey(), handler);
    }

    private static TaskCompletion.Payload note(String text) {
        return new TaskCompletion.Payload() {
            @Override
            public <P> P as(Class<P> type) {
                return type.cast(new NotePayload(text));
            }
        };
    }

    @Test
    void theHandlerChecksAppliesAndTheTaskCompletesWithItsVariablesReadOnce() {
        completion.complete("t1", null, note("Phoned"));

        assertThat(calls).containsExactly("authorize t1", "variable tranche", "apply Phoned in tranche 2",
                "complete t1 followUpOverdueReport {followedUp=true}");
    }

    @Test
    void aFormOfAnotherStepIsAConflictAndNothingRuns() {
        assertThatThrownBy(() -> completion.complete("t1", "screenEligibility", note("Phoned")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This task is a Follow up overdue report, not the step you submitted");
        assertThat(calls).isEmpty();
    }

    @Test
    void anInvalidPayloadIsRefusedBeforeTheHandlerRuns() {
        assertThatThrownBy(() -> completion.complete("t1", "followUpOverdueReport", note("x".repeat(1001))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(calls).isEmpty();
    }

    @Test
    void aUserTheHandlerRefusesChangesNothing() {
        handler.refuse = true;

        assertThatThrownBy(() -> completion.complete("t1", null, note("Phoned"))).isInstanceOf(ForbiddenException.class);
        assertThat(calls).containsExactly("authorize t1");
    }

    @Test
    void aTaskWithoutAHandlerCannotBeCompletedHere() {
        completion.byKey = Map.of();

        assertThatThrownBy(() -> completion.complete("t1", null, note("Phoned"))).isInstanceOf(ConflictException.class)
                .hasMessage("Tasks of kind followUpOverdueReport cannot be completed here");
        assertThat(calls).isEmpty();
    }
}
