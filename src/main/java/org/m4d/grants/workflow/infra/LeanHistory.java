package org.m4d.grants.workflow.infra;

import org.camunda.bpm.engine.impl.history.HistoryLevelActivity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine history the application reads and no more (docs/adr/0017-engine-history-level.md):
 * ACTIVITY's process, activity and task instances (the diagram's passed steps, "completed by"),
 * plus the identity link log (who was a candidate of a completed task) and the decision
 * evaluations (which authority the table chose). No variable updates, details or operation log:
 * the application keeps its own audit trail.
 */
public final class LeanHistory extends HistoryLevelActivity {

    public static final String NAME = "lean";
    /** Camunda's own levels are 0 to 3; a custom level takes an id of its own. */
    static final int ID = 11;

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return super.isHistoryEventProduced(eventType, entity)
                || eventType == HistoryEventTypes.IDENTITY_LINK_ADD
                || eventType == HistoryEventTypes.IDENTITY_LINK_DELETE
                || eventType == HistoryEventTypes.DMN_DECISION_EVALUATE;
    }
}
