package org.m4d.grants.workflow.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * An open user task as the application sees it, free of engine types; {@code formKey} names the
 * task page's form fragment for it, as the model's {@code camunda:formKey} says; {@code followUp} is
 * when the task is to be followed up (the engine's follow-up date), ahead of its due date.
 */
public record TaskView(String id, String key, String name, String tenant, Long proposalId,
                       String assignee, Instant created, Instant due, Instant followUp, String formKey)
        implements Serializable {
}
