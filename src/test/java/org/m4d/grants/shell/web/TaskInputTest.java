package org.m4d.grants.shell.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.application.TranchePlanPayload;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.proposal.application.DecisionPayload;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskHandlers;

/** The task page's one view-state fills the payload of every handler, by the members' names. */
class TaskInputTest {

    @Test
    void everyMemberOfEveryPayloadHasAPropertyOfItsTypeOnThePage() throws NoSuchMethodException {
        for (TaskHandler<?> handler : TaskHandlers.all()) {
            for (RecordComponent member : handler.payloadType().getRecordComponents()) {
                assertThat(TaskInput.property(member.getName()).getGenericReturnType())
                        .as(handler.taskKey() + "." + member.getName()).isEqualTo(member.getGenericType());
            }
        }
    }

    @Test
    void aPayloadIsReadFromWhatTheFormEntered() {
        TaskInput input = new TaskInput();
        input.setDecision(Decision.REVISE);
        input.setComment("Add a budget line for interpretation");

        assertThat(input.as(DecisionPayload.class))
                .isEqualTo(new DecisionPayload(Decision.REVISE, "Add a budget line for interpretation"));
    }

    @Test
    void aTranchePlanIsReadFromPercentagesAsTyped() {
        TaskInput input = new TaskInput();
        input.setModality(Modality.REIMBURSEMENT);
        input.setPlan("60 / 40%");

        assertThat(input.as(TranchePlanPayload.class)).isEqualTo(new TranchePlanPayload(Modality.REIMBURSEMENT,
                List.of(new BigDecimal("60"), new BigDecimal("40"))));
    }

    @Test
    void unreadablePercentagesAreAClearMessage() {
        TaskInput input = new TaskInput();
        input.setPlan("sixty, forty");

        assertThatThrownBy(() -> input.as(TranchePlanPayload.class)).isInstanceOf(DomainException.class)
                .hasMessage("Write the tranches as percentages, e.g. 40, 40, 20");
    }
}
