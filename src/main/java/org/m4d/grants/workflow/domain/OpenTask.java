package org.m4d.grants.workflow.domain;

import java.time.Instant;
import java.util.List;

/**
 * An open user task as the people it concerns are told of it: who holds it ({@code assignee}, or
 * nobody yet), the groups it is offered to, the users of those groups it is not offered to (a
 * reviewer who declared a conflict), and its due date, if any.
 */
public record OpenTask(String id, String key, String name, long proposalId, String assignee,
                       List<String> candidateGroups, List<String> excluded, Instant due) {

    public OpenTask {
        candidateGroups = List.copyOf(candidateGroups);
        excluded = List.copyOf(excluded);
    }
}
