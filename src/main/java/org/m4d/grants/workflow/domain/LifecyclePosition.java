package org.m4d.grants.workflow.domain;

import java.util.Set;

/**
 * Where one grant lifecycle of a country stands in the engine: its business key (the proposal's
 * id as the engine holds it), running with the steps it and its implementation wait in (the
 * asynchronous grant agreement counts while its job waits), or ended at an end event of the
 * lifecycle (null if it ended at none of them, e.g. deleted).
 */
public record LifecyclePosition(String instanceId, String businessKey, boolean running, Set<String> waiting,
                                String endEvent) {

    public LifecyclePosition {
        waiting = Set.copyOf(waiting);
    }
}
