package org.m4d.grants.workflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.Test;

class LeanHistoryTest {

    private final LeanHistory lean = new LeanHistory();

    @Test
    void keepsTheStepsTasksCandidatesAndDecisionsTheApplicationReads() {
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_START, null)).isTrue();
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, null)).isTrue();
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_COMPLETE, null)).isTrue();
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.IDENTITY_LINK_ADD, null)).isTrue();
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.IDENTITY_LINK_DELETE, null)).isTrue();
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, null)).isTrue();
    }

    @Test
    void leavesOutVariableUpdatesDetailsAndTheOperationLog() {
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, null)).isFalse();
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, null)).isFalse();
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.USER_OPERATION_LOG, null)).isFalse();
        assertThat(lean.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, null)).isFalse();
    }

    @Test
    void isALevelOfItsOwnBesideCamundasFour() {
        assertThat(lean.getId()).isEqualTo(11);
        assertThat(lean.getName()).isEqualTo("lean");
    }
}
