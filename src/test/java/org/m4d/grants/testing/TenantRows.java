package org.m4d.grants.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * Rows of one entity type per country, as the tenant filter shows them: only the tenant context's
 * country is seen, and no row without a tenant context. Ids are given as the database would.
 */
final class TenantRows<T extends TenantOwned> {

    private static final AtomicLong IDS = new AtomicLong(100);

    private final TenantContext context;
    private final Map<String, Map<Long, T>> byTenant = new HashMap<>();

    TenantRows(TenantContext context) {
        this.context = context;
    }

    void store(T row) {
        if (row.id() == null) {
            Wiring.set(row, TenantOwned.class, "id", IDS.incrementAndGet());
        }
        Wiring.set(row, TenantOwned.class, "tenantId", context.current());
        rows().put(row.id(), row);
    }

    Optional<T> find(long id) {
        return Optional.ofNullable(rows().get(id));
    }

    void remove(T row) {
        rows().remove(row.id());
    }

    List<T> all() {
        return new ArrayList<>(rows().values());
    }

    private Map<Long, T> rows() {
        return byTenant.computeIfAbsent(context.current(), t -> new LinkedHashMap<>());
    }
}
