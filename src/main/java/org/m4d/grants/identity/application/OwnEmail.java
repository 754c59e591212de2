package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * Signed-in users set the address they are notified at themselves; the change is recorded in the
 * audit trail of each country they work in, where its administrators look for it.
 */
@ApplicationScoped
@Transactional
public class OwnEmail {

    @Inject
    CurrentUser user;

    @Inject
    UserRepository users;

    @Inject
    EmailAddresses addresses;

    @Inject
    Event<AccountChanged> changes;

    @Inject
    TenantContext context;

    /** The signed-in user's address; null when they have none. */
    public String address() {
        return own().email();
    }

    /** Keeps the signed-in user's new address (blank removes it) and answers it as kept. */
    public String change(String entered) {
        UserAccount account = own();
        String before = account.email();
        addresses.assign(account, entered);
        for (String tenant : user.tenantIds()) {
            context.runIn(tenant, () -> changes.fire(new AccountChanged(account.username(), account.username(),
                    "EMAIL_CHANGED", null, null, account.username() + " (own): e-mail "
                    + UserAdministration.none(before) + " -> " + UserAdministration.none(account.email()))));
        }
        return account.email();
    }

    private UserAccount own() {
        return users.find(user.username()).orElseThrow(() -> new NotFoundException("User"));
    }
}
