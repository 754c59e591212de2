package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.notification.domain.Outbox;
import org.m4d.grants.notification.domain.OutboxMail;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * The country administrator's view of the country's mail: what was sent, what failed, and a retry
 * of a failed mail. Only the country's own rows: the outbox is not tenant-scoped by the ORM, so
 * every read and the retry name the country of the tenant context.
 */
@ApplicationScoped
@Transactional
public class MailAdministration {

    public static final String SUBJECT = "MAIL";
    /** The newest of each list; older mail stays in the table. */
    static final int SHOWN = 200;

    @Inject
    Outbox outbox;

    @Inject
    Access access;

    @Inject
    TenantContext tenants;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MailQueued> queued;

    public List<MailView> sent() {
        return list(OutboxMail.Status.SENT);
    }

    public List<MailView> failed() {
        return list(OutboxMail.Status.FAILED);
    }

    /** A failed mail of the country goes back to the sender with a fresh series of attempts. */
    public void retry(long id) {
        access.requireRole(Role.TENANT_ADMIN);
        String country = tenants.current();
        OutboxMail mail = outbox.find(id).filter(m -> country.equals(m.tenantId()))
                .orElseThrow(() -> new NotFoundException("Mail " + id));
        if (mail.status() != OutboxMail.Status.FAILED) {
            throw new ConflictException("Mail " + id + " has not failed").withKey("error.mail.notFailed");
        }
        int attempts = mail.attempts();
        mail.retry(Instant.now());
        audit.record(access.username(), "MAIL_RETRIED", SUBJECT, id, OutboxMail.Status.FAILED,
                OutboxMail.Status.PENDING, "to " + mail.recipient() + " after " + attempts + " attempts: "
                        + mail.subject());
        queued.fire(new MailQueued(id));
    }

    private List<MailView> list(OutboxMail.Status status) {
        access.requireRole(Role.TENANT_ADMIN);
        return outbox.ofCountry(tenants.current(), status, SHOWN).stream().map(MailView::of).toList();
    }
}
