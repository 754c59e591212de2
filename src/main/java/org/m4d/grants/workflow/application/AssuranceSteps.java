package org.m4d.grants.workflow.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code bpmn/assurance-activity.bpmn} asks of the assurance context while it runs, in the
 * tenant context of the process instance.
 */
public interface AssuranceSteps {

    /** The ids of the findings of an activity still open, each followed up on its own. */
    List<Long> openFindings(long activityId);

    /** The day a finding is due now (it moves when the finding is rescheduled). */
    LocalDate findingDue(long findingId);
}
