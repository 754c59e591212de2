package org.m4d.grants.audit.application;

import java.util.ArrayList;
import java.util.List;

/** The audit trail of a unit test: the entries a use case appends, in order, without a database. */
public class RecordedAudit extends AuditTrail {

    /** One appended entry. */
    public record Entry(String actor, String action, String subjectType, long subjectId, String from, String to,
                        String detail) {
    }

    public final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(String actor, String action, String subjectType, long subjectId, Object fromState,
                       Object toState, String detail) {
        entries.add(new Entry(actor, action, subjectType, subjectId, fromState == null ? null : fromState.toString(),
                toState == null ? null : toState.toString(), detail));
    }
}
