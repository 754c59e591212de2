package org.m4d.grants.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditRepository;

/**
 * Appends to and reads the audit trail. Entries join the caller's transaction: a step that rolls
 * back leaves no audit entry behind.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @Inject
    AuditRepository entries;

    public void record(String actor, String action, String subjectType, long subjectId,
                       Object fromState, Object toState, String detail) {
        entries.append(new AuditEntry(Instant.now(), actor, action, subjectType, subjectId,
                fromState == null ? null : fromState.toString(),
                toState == null ? null : toState.toString(), detail));
    }

    public List<AuditEntry> history(String subjectType, long subjectId) {
        return entries.ofSubject(subjectType, subjectId);
    }
}
