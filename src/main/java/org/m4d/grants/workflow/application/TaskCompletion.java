package org.m4d.grants.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * Completes any user task through its {@link TaskHandler}, for the API and the task page alike:
 * the task must be visible to the user (and still the step the page showed), the payload valid,
 * the handler's check passed; then the domain change and the engine's step commit or roll back
 * together.
 */
@ApplicationScoped
@Transactional
public class TaskCompletion {

    /** Reads the payload from what the caller sent, as the handler's payload type. */
    public interface Payload {
        <P> P as(Class<P> type);
    }

    @Inject
    Instance<TaskHandler<?>> handlers;

    @Inject
    Workflow workflow;

    @Inject
    Validator validator;

    volatile Map<String, TaskHandler<?>> byKey;

    /**
     * Completes a task. {@code expectedKey} is the step a form was made for (null from the API,
     * where the task's own key chooses the payload): a task that is another step is a conflict.
     */
    public void complete(String taskId, String expectedKey, Payload payload) {
        TaskView task = workflow.task(taskId);
        if (expectedKey != null && !expectedKey.equals(task.key())) {
            throw new ConflictException("This task is a " + task.name() + ", not the step you submitted")
                    .withKey("error.task.otherStep");
        }
        complete(handler(task.key()), task, payload);
    }

    private <P> void complete(TaskHandler<P> handler, TaskView task, Payload payload) {
        P value = valid(payload.as(handler.payloadType()));
        // each variable is read from the engine once, however often the handler's check and change ask
        Map<String, Object> read = new HashMap<>();
        TaskStep step = new TaskStep(task, name -> read.computeIfAbsent(name, n -> workflow.variable(task.id(), n)));
        handler.authorize(step);
        workflow.complete(task.id(), task.key(), handler.apply(step, value));
    }

    @SuppressWarnings("unchecked")
    private <P> TaskHandler<P> handler(String key) {
        if (byKey == null) {
            byKey = handlers.stream().collect(Collectors.toMap(TaskHandler::taskKey, Function.identity()));
        }
        TaskHandler<?> handler = byKey.get(key);
        if (handler == null) {
            throw new ConflictException("Tasks of kind " + key + " cannot be completed here");
        }
        return (TaskHandler<P>) handler;
    }

    private <P> P valid(P value) {
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
