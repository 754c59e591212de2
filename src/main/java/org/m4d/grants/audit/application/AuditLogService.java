package org.m4d.grants.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditRepository;
import org.m4d.grants.audit.domain.AuditSearch;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Reading the audit trail across the countries in view, for the programme unit and the observer
 * only. Read-only: there is no way to change or remove an entry. Each country's trail is read on
 * its own (tenant filter) and the pages merged, newest first.
 */
@ApplicationScoped
@Transactional
public class AuditLogService {

    /** How deep the list pages: the audit page is for recent entries, older ones are exported from the database. */
    static final int MAX_DEPTH = 10_000;

    static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::occurredAt).reversed()
            .thenComparing(AuditEntry::tenantId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AuditEntry::id, Comparator.nullsLast(Comparator.reverseOrder()));

    @Inject
    AuditRepository entries;

    @Inject
    TenantContext context;

    @Inject
    Access access;

    /**
     * @param scope   the countries in view
     * @param country one of them to narrow to, or null for all
     */
    public AuditPage page(List<String> scope, String country, AuditSearch search, int first, int size) {
        List<String> tenants = tenants(scope, country);
        int depth = Math.min(Math.max(first, 0) + Math.max(size, 0), MAX_DEPTH);
        List<List<AuditEntry>> perTenant = new ArrayList<>();
        long total = 0;
        for (String code : tenants) {
            try (TenantContext.Scope in = context.enter(code)) {
                perTenant.add(entries.recent(search, depth));
                total += entries.count(search);
            }
        }
        return new AuditPage(newestFirst(perTenant, first, depth - Math.max(first, 0)), total);
    }

    /** The actions found in the trails of the countries in view, for the filter. */
    public List<String> actions(List<String> scope) {
        TreeSet<String> actions = new TreeSet<>();
        for (String code : tenants(scope, null)) {
            actions.addAll(context.runIn(code, () -> entries.actions()));
        }
        return List.copyOf(actions);
    }

    private List<String> tenants(List<String> scope, String country) {
        for (String code : scope) {
            try (TenantContext.Scope in = access.enter(code)) {
                access.requireAnyRole(Role.PMU, Role.OBSERVER);
            }
        }
        return country == null || country.isBlank() ? scope : scope.stream().filter(country::equals).toList();
    }

    /** Merges the newest-first lists of several countries and cuts one page out of them. */
    static List<AuditEntry> newestFirst(List<List<AuditEntry>> perTenant, int first, int size) {
        if (size <= 0) {
            return List.of();
        }
        return perTenant.stream().flatMap(List::stream).sorted(NEWEST_FIRST)
                .skip(Math.max(first, 0)).limit(size).toList();
    }
}
