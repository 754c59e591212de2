package org.m4d.grants.workflow.domain;

import java.io.Serializable;
import java.time.Instant;

/** An open user task as the application sees it, free of engine types. */
public record TaskView(String id, String key, String name, String tenant, Long proposalId,
                       String assignee, Instant created, Instant due) implements Serializable {
}
