package org.m4d.grants.workflow.domain;

import java.util.List;

/** The names shared by {@code bpmn/assurance-activity.bpmn} and the code that runs it. */
public final class AssuranceModel {

    public static final String PROCESS_KEY = "assuranceActivity";
    public static final String RESOURCE = "bpmn/assurance-activity.bpmn";

    /** The coordinator's programmatic visit. */
    public static final String CONDUCT_VISIT = "conductVisit";
    /** Finance's spot check of the partner's records. */
    public static final String CONDUCT_SPOT_CHECK = "conductSpotCheck";
    /** Finance records the result of the audit firm's audit. */
    public static final String RECORD_AUDIT = "recordAudit";
    /** The coordinator follows up one open finding: closes it or moves its due date. */
    public static final String FOLLOW_UP_FINDING = "followUpFinding";

    public static final String VAR_ACTIVITY_ID = "activityId";
    public static final String VAR_KIND = "assuranceKind";
    public static final String VAR_DUE = "activityDue";
    public static final String VAR_FINDING_ID = "findingId";
    public static final String VAR_FINDING_CLOSED = "findingClosed";

    public static final List<String> USER_TASKS = List.of(CONDUCT_VISIT, CONDUCT_SPOT_CHECK, RECORD_AUDIT,
            FOLLOW_UP_FINDING);

    private AssuranceModel() {
    }
}
