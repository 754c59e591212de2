package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * Signed-in users mark themselves away for a period (leave, mission): while away a reviewer is
 * given no review (docs/adr/0032). The change is in the audit trail of each country they work in.
 */
@ApplicationScoped
@Transactional
public class OwnAbsence {

    /** The period, both days included; both null when none is set. */
    public record Period(LocalDate from, LocalDate to) {
    }

    @Inject
    CurrentUser user;

    @Inject
    UserRepository users;

    @Inject
    Event<AccountChanged> changes;

    @Inject
    TenantContext context;

    public Period period() {
        UserAccount account = own();
        return new Period(account.awayFrom(), account.awayTo());
    }

    /** Keeps the period (both null clears it); a period needs both days, the last not before the first. */
    public Period change(LocalDate from, LocalDate to) {
        UserAccount account = own();
        account.markAway(from, to);
        String detail = account.username() + " (own): away " + (from == null ? "cleared" : from + " to " + to);
        for (String tenant : user.tenantIds()) {
            context.runIn(tenant, () -> changes.fire(new AccountChanged(account.username(), account.username(),
                    "AWAY_CHANGED", null, null, detail)));
        }
        return period();
    }

    private UserAccount own() {
        return users.find(user.username()).orElseThrow(() -> new NotFoundException("User"));
    }
}
