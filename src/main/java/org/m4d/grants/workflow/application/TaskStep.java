package org.m4d.grants.workflow.application;

import java.util.function.Function;
import org.m4d.grants.workflow.domain.TaskView;

/**
 * The open task a handler completes, with its variables read only when a handler asks (most
 * need none), so that handlers stay free of the engine.
 */
public record TaskStep(TaskView task, Function<String, Object> variables) {

    public Object variable(String name) {
        return variables.apply(name);
    }

    public long proposalId() {
        return task.proposalId();
    }
}
