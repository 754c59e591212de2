package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.stream.Collectors;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.domain.Agency;
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
    AuditTrail audit;

    public List<UserSummary> users(@NotNull String tenant) {
        access.requireRole(tenant, Role.TENANT_ADMIN);
        return users.withRoleIn(tenant).stream().map(u -> UserSummary.of(u, tenant)).toList();
    }

    public void create(@NotNull String tenant, @NotNull @Valid NewUser input) {
        access.requireRole(tenant, Role.TENANT_ADMIN);
        if (users.find(input.username()).isPresent()) {
            throw nameUnavailable();
        }
        UserAccount user = new UserAccount(input.username(), input.displayName().strip(), hasher.hash(input.password()));
        user.assign(input.role(), tenant, input.agency());
        users.store(user);
        record(tenant, "USER_CREATED", user, null, null, "none");
    }

    public void grant(@NotNull String tenant, @NotNull String username, @NotNull(message = "Choose a role") Role role,
                      Agency agency) {
        access.requireRole(tenant, Role.TENANT_ADMIN);
        UserAccount user = member(tenant, username);
        String before = roles(user, tenant);
        user.assign(role, tenant, agency);
        record(tenant, "ROLE_GRANTED", user, null, null, before);
    }

    public void revoke(@NotNull String tenant, @NotNull String username, @NotNull Role role) {
        access.requireRole(tenant, Role.TENANT_ADMIN);
        UserAccount user = member(tenant, username);
        String before = roles(user, tenant);
        user.revoke(role, tenant, access.username());
        record(tenant, "ROLE_REVOKED", user, null, null, before);
    }

    public void setEnabled(@NotNull String tenant, @NotNull String username, boolean enabled) {
        access.requireRole(tenant, Role.TENANT_ADMIN);
        UserAccount user = member(tenant, username);
        String before = state(user.enabled());
        if (enabled) {
            user.enable(tenant);
        } else {
            user.disable(tenant, access.username());
        }
        record(tenant, enabled ? "USER_ENABLED" : "USER_DISABLED", user, before, state(user.enabled()),
                roles(user, tenant));
    }

    /**
     * The one answer for a name that exists, in this country or any other: saying "taken" only for
     * names outside the administrator's list would tell them who has an account elsewhere.
     */
    static DomainException nameUnavailable() {
        return new DomainException("This user name cannot be used; choose another").withKey("error.user.nameUnavailable");
    }

    private UserAccount member(String tenant, String username) {
        return users.find(username).filter(u -> !u.rolesIn(tenant).isEmpty())
                .orElseThrow(() -> new NotFoundException("User"));
    }

    private void record(String tenant, String action, UserAccount user, String fromState, String toState,
                        String rolesBefore) {
        String rolesAfter = roles(user, tenant);
        String detail = user.username() + " in " + tenant + ": roles "
                + (rolesBefore.equals(rolesAfter) ? rolesAfter : rolesBefore + " -> " + rolesAfter);
        audit.record(tenant, access.username(), action, SUBJECT, 0L, fromState, toState, detail);
    }

    private static String roles(UserAccount user, String tenant) {
        String roles = user.rolesIn(tenant).stream()
                .map(m -> m.role().name() + (m.agency() == null ? "" : " (" + m.agency() + ")"))
                .collect(Collectors.joining(", "));
        return roles.isEmpty() ? "none" : "[" + roles + "]";
    }

    private static String state(boolean enabled) {
        return enabled ? "ENABLED" : "DISABLED";
    }
}
