package org.m4d.grants.audit.domain;

import java.util.List;

/** The append-only audit trail, always within the country of the tenant context: entries are appended and read, never changed. */
public interface AuditRepository {

    void append(AuditEntry entry);

    List<AuditEntry> ofSubject(String subjectType, long subjectId);

    /** The newest entries matching the search, newest first, at most {@code max}. */
    List<AuditEntry> recent(AuditSearch search, int max);

    long count(AuditSearch search);

    /** The actions that occur in the country's trail, in alphabetical order. */
    List<String> actions();
}
