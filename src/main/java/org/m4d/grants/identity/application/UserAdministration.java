package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.m4d.grants.platform.application.TenantContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.stream.Collectors;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * Use cases of the tenant administrator: users, their roles in the administrator's country, and
 * their accounts. Users without a role in the country do not exist here (404). Each public method is
 * one transaction and leaves an audit entry with the state before and after.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    /** Audit subject of user changes; accounts have no numeric id, the entry's detail names the user. */
    public static final String SUBJECT = "USER";

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Access access;

    @Inject
    Event<AccountChanged> changes;

    @Inject
    TenantContext context;

    @Inject
    EmailAddresses addresses;

    public List<UserSummary> users() {
        access.requireRole(Role.TENANT_ADMIN);
        return users.withRoleIn().stream().map(u -> UserSummary.of(u, context.current())).toList();
    }

    public void create(@NotNull @Valid NewUser input) {
        access.requireRole(Role.TENANT_ADMIN);
        if (users.find(input.username()).isPresent()) {
            throw nameUnavailable();
        }
        UserAccount user = new UserAccount(input.username(), input.displayName().strip(), hasher.hash(input.password()));
        user.assign(input.role(), context.current(), input.agency());
        users.store(user);
        addresses.assign(user, input.email());
        record("USER_CREATED", user, null, null, "none");
    }

    public void grant(@NotNull String username, @NotNull(message = "Choose a role") Role role,
                      Agency agency) {
        access.requireRole(Role.TENANT_ADMIN);
        UserAccount user = member(username);
        String before = roles(user);
        user.assign(role, context.current(), agency);
        record("ROLE_GRANTED", user, null, null, before);
    }

    public void revoke(@NotNull String username, @NotNull Role role) {
        access.requireRole(Role.TENANT_ADMIN);
        UserAccount user = member(username);
        String before = roles(user);
        user.revoke(role, context.current(), access.username());
        record("ROLE_REVOKED", user, null, null, before);
    }

    /** Sets the address a user of the country is notified at; blank removes it. */
    public void changeEmail(@NotNull String username, String email) {
        access.requireRole(Role.TENANT_ADMIN);
        UserAccount user = member(username);
        String before = user.email();
        addresses.assign(user, email);
        changes.fire(new AccountChanged(user.username(), access.username(), "EMAIL_CHANGED", null, null,
                user.username() + " in " + context.current() + ": e-mail " + none(before) + " -> " + none(user.email())));
    }

    /** What an administrator of the country sees of one of its users. */
    public UserSummary user(@NotNull String username) {
        access.requireRole(Role.TENANT_ADMIN);
        return UserSummary.of(member(username), context.current());
    }

    static String none(String address) {
        return address == null ? "none" : address;
    }

    public void setEnabled(@NotNull String username, boolean enabled) {
        access.requireRole(Role.TENANT_ADMIN);
        UserAccount user = member(username);
        String before = state(user.enabled());
        if (enabled) {
            user.enable(context.current());
        } else {
            user.disable(context.current(), access.username());
        }
        record(enabled ? "USER_ENABLED" : "USER_DISABLED", user, before, state(user.enabled()),
                roles(user));
    }

    /**
     * The one answer for a name that exists, in this country or any other: saying "taken" only for
     * names outside the administrator's list would tell them who has an account elsewhere.
     */
    static DomainException nameUnavailable() {
        return new DomainException("This user name cannot be used; choose another").withKey("error.user.nameUnavailable");
    }

    private UserAccount member(String username) {
        return users.find(username).filter(u -> !u.rolesIn(context.current()).isEmpty())
                .orElseThrow(() -> new NotFoundException("User"));
    }

    private void record(String action, UserAccount user, String fromState, String toState,
                        String rolesBefore) {
        String rolesAfter = roles(user);
        String detail = user.username() + " in " + context.current() + ": roles "
                + (rolesBefore.equals(rolesAfter) ? rolesAfter : rolesBefore + " -> " + rolesAfter);
        changes.fire(new AccountChanged(user.username(), access.username(), action, fromState, toState, detail));
    }

    private String roles(UserAccount user) {
        String roles = user.rolesIn(context.current()).stream()
                .map(m -> m.role().name() + (m.agency() == null ? "" : " (" + m.agency() + ")"))
                .collect(Collectors.joining(", "));
        return roles.isEmpty() ? "none" : "[" + roles + "]";
    }

    private static String state(boolean enabled) {
        return enabled ? "ENABLED" : "DISABLED";
    }
}
