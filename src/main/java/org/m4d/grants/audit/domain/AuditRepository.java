package org.m4d.grants.audit.domain;

import java.util.List;

/** The append-only audit trail, always within one tenant. */
public interface AuditRepository {

    void append(String tenant, AuditEntry entry);

    List<AuditEntry> ofSubject(String tenant, String subjectType, long subjectId);
}
