package org.m4d.grants.tenancy.domain;

/**
 * The lifecycle's timers a country sets: when a human step is due (its period) and when it is
 * escalated. The key names the process variable the models read, the form field and its label.
 */
public enum Timer {
    SCREENING_REMINDER("screeningReminder", null, "The screening reminder"),
    REVIEW_PERIOD("reviewPeriod", null, "The review reminder"),
    REVIEW_ESCALATION("reviewEscalation", REVIEW_PERIOD, "The review escalation"),
    REPORT_PERIOD("reportPeriod", null, "The report reminder"),
    REPORT_ESCALATION("reportEscalation", REPORT_PERIOD, "The report escalation"),
    ENDORSEMENT_PERIOD("endorsementPeriod", null, "The endorsement period"),
    ENDORSEMENT_ESCALATION("endorsementEscalation", ENDORSEMENT_PERIOD, "The endorsement escalation"),
    APPROVAL_PERIOD("approvalPeriod", null, "The approval period"),
    APPROVAL_ESCALATION("approvalEscalation", APPROVAL_PERIOD, "The approval escalation"),
    VERIFICATION_PERIOD("verificationPeriod", null, "The report verification period"),
    VERIFICATION_ESCALATION("verificationEscalation", VERIFICATION_PERIOD, "The report verification escalation"),
    RELEASE_PERIOD("releasePeriod", null, "The tranche release period"),
    RELEASE_ESCALATION("releaseEscalation", RELEASE_PERIOD, "The tranche release escalation");

    private final String key;
    private final Timer after;
    private final String label;

    Timer(String key, Timer after, String label) {
        this.key = key;
        this.after = after;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** The period this escalation must come after; null for a period. */
    public Timer after() {
        return after;
    }

    public String label() {
        return label;
    }

    /** The configuration property of the default, e.g. {@code m4d.workflow.review-escalation}. */
    public String configName() {
        return "m4d.workflow." + key.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
