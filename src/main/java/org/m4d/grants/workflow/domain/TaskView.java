package org.m4d.grants.workflow.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * An open user task as the application sees it, free of engine types; {@code formKey} names the
 * task page's form fragment for it, as the model's {@code camunda:formKey} says.
 */
public record TaskView(String id, String key, String name, String tenant, Long proposalId,
                       String assignee, Instant created, Instant due, String formKey) implements Serializable {
}
