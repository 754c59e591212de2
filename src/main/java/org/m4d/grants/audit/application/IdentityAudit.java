package org.m4d.grants.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.m4d.grants.identity.application.AccessDenied;
import org.m4d.grants.identity.application.AccountChanged;
import org.m4d.grants.identity.application.UserAdministration;

/**
 * Records what the identity context announces: denied access in a transaction of its own (the
 * denial rolls back the request's), account changes in the transaction that made them.
 */
@ApplicationScoped
public class IdentityAudit {

    @Inject
    AccessDenials denials;

    @Inject
    AuditTrail trail;

    void onDenied(@Observes AccessDenied denied) {
        denials.record(denied.tenant(), denied.actor(), denied.status(), denied.detail());
    }

    void onChanged(@Observes AccountChanged change) {
        trail.record(change.actor(), change.action(), UserAdministration.SUBJECT, 0L, change.fromState(),
                change.toState(), change.detail());
    }
}
