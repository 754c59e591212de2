package org.m4d.grants.testing;

import java.util.List;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditRepository;
import org.m4d.grants.audit.domain.AuditSearch;
import org.m4d.grants.platform.application.TenantContext;

/** The audit trail per country in memory, oldest first. */
public final class InMemoryAudit implements AuditRepository {

    private final TenantRows<AuditEntry> rows;

    public InMemoryAudit(TenantContext context) {
        rows = new TenantRows<>(context);
    }

    @Override
    public void append(AuditEntry entry) {
        rows.store(entry);
    }

    @Override
    public List<AuditEntry> ofSubject(String subjectType, long subjectId) {
        return rows.all().stream().filter(e -> e.subjectType().equals(subjectType) && e.subjectId() == subjectId)
                .toList();
    }

    @Override
    public List<AuditEntry> recent(AuditSearch search, int max) {
        return matching(search).sorted(java.util.Comparator.comparing(AuditEntry::occurredAt).reversed()).limit(max)
                .toList();
    }

    @Override
    public long count(AuditSearch search) {
        return matching(search).count();
    }

    private java.util.stream.Stream<AuditEntry> matching(AuditSearch search) {
        return rows.all().stream().filter(e -> search.action() == null || e.action().equals(search.action()))
                .filter(e -> search.actor() == null || e.actor().toLowerCase(java.util.Locale.ROOT)
                        .contains(search.actor().toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public List<String> actions() {
        return rows.all().stream().map(AuditEntry::action).distinct().sorted().toList();
    }

    /** The country's entries, oldest first. */
    public List<AuditEntry> entries() {
        return rows.all();
    }
}
