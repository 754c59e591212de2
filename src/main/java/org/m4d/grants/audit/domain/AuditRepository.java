package org.m4d.grants.audit.domain;

import java.util.List;

/** The append-only audit trail, always within one tenant: entries are appended and read, never changed. */
public interface AuditRepository {

    void append(String tenant, AuditEntry entry);

    List<AuditEntry> ofSubject(String tenant, String subjectType, long subjectId);

    /** The newest entries matching the search, newest first, at most {@code max}. */
    List<AuditEntry> recent(String tenant, AuditSearch search, int max);

    long count(String tenant, AuditSearch search);

    /** The actions that occur in the tenant's trail, in alphabetical order. */
    List<String> actions(String tenant);
}
