package org.m4d.grants.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditRepository;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Records denied access attempts. The denial rolls back the request's own transaction, so the
 * entry is written in a transaction of its own and stays.
 */
@ApplicationScoped
public class AccessDenials {

    /** Audit subject of denied attempts. */
    public static final String SUBJECT = "ACCESS";
    /** Audit action of denied attempts; the entry's to-state is the status the user got (403 or 404). */
    public static final String ACTION = "ACCESS_DENIED";

    @Inject
    AuditRepository entries;

    @Inject
    TenantContext context;

    /**
     * @param tenant the tenant whose trail gets the entry: the one asked for when the user is a
     *               member of it (403), else the user's own (404), so that a country's trail never
     *               holds rows written by outsiders
     * @param status 403 or 404
     * @param detail what was attempted, e.g. {@code ProposalService.submit: country SN}
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String tenant, String actor, int status, String detail) {
        context.runIn(tenant, () -> entries.append(new AuditEntry(Instant.now(), actor, ACTION, SUBJECT, 0L, null,
                String.valueOf(status), detail)));
    }
}
