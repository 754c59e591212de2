package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.platform.application.TenantContext;

/** The user's own sessions: "sign out everywhere" ends all of them, on every device. */
@ApplicationScoped
@Transactional
public class Sessions {

    @Inject
    UserRepository users;

    @Inject
    TenantContext context;

    @Inject
    CurrentUser user;

    @Inject
    Event<AccountChanged> changes;

    public void endAll() {
        if (!user.signedIn()) {
            throw new NotFoundException("User");
        }
        UserAccount account = users.find(user.username()).orElseThrow(() -> new NotFoundException("User"));
        long before = account.sessionEpoch();
        account.endAllSessions();
        context.runIn(user.tenantIds().iterator().next(), () -> changes.fire(new AccountChanged(account.username(),
                account.username(), "SESSIONS_ENDED", null, null,
                account.username() + ": signed out everywhere (session epoch " + before + " -> "
                        + account.sessionEpoch() + ")")));
    }
}
