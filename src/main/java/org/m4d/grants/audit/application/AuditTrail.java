package org.m4d.grants.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditRepository;
import org.m4d.grants.platform.application.JoinedTransaction;

/**
 * Appends to and reads the audit trail. Entries join the caller's transaction: a step that rolls
 * back leaves no audit entry behind; outside a transaction it is refused, as MANDATORY would
 * (without the interceptor, which job threads and requests share: {@link JoinedTransaction}).
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    JoinedTransaction transaction;

    @Inject
    AuditRepository entries;

    public void record(String actor, String action, String subjectType, long subjectId,
                       Object fromState, Object toState, String detail) {
        transaction.require("An audit entry");
        entries.append(new AuditEntry(Instant.now(), actor, action, subjectType, subjectId,
                fromState == null ? null : fromState.toString(),
                toState == null ? null : toState.toString(), detail));
    }

    public List<AuditEntry> history(String subjectType, long subjectId) {
        transaction.require("Reading the audit trail");
        return entries.ofSubject(subjectType, subjectId);
    }
}
