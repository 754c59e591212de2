package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * Authorization checks of the application layer. A tenant the user does not belong to does not
 * exist for them (404); a role they lack in their own tenant is forbidden (403). Every denial is
 * announced for the audit trail ({@link AccessDenied}): a 403 in the tenant asked for, a 404 in the user's own first
 * tenant (the foreign tenant's trail gets no rows from outsiders; the entry names what was asked).
 */
@ApplicationScoped
public class Access {

    private static final Logger LOG = Logger.getLogger(Access.class.getName());

    @Inject
    CurrentUser user;

    @Inject
    Event<AccessDenied> denials;

    @Inject
    TenantContext context;

    /**
     * The check made where a country becomes the tenant context (API path, page session): a
     * country the user does not belong to does not exist for them.
     */
    public void requireMember(String tenant) {
        requireMember(tenant, caller());
    }

    private void requireMember(String tenant, String tried) {
        if (!user.signedIn() || !user.isMember(tenant)) {
            denied(null, 404, tried + ": country " + printable(tenant));
            throw new NotFoundException("Country");
        }
    }

    /** {@link #requireMember(String)} for the country of the tenant context; none set is not found. */
    public void requireMember() {
        requireMember(context.find().orElse(null), caller());
    }

    /** Enters a country the user belongs to as the tenant context, or answers 404 (audited). */
    public TenantContext.Scope enter(String tenant) {
        return enter(tenant, caller());
    }

    /** As {@link #enter(String)}, naming what was tried when the caller is not the use case, e.g. a filter. */
    public TenantContext.Scope enter(String tenant, String tried) {
        requireMember(tenant, tried);
        return context.enter(tenant);
    }

    public void requireRole(Role role) {
        requireAnyRole(role);
    }

    /** At least one of the roles in the context's country; the global roles hold in every country. */
    public void requireAnyRole(Role... roles) {
        requireMember();
        String tenant = context.current();
        if (Arrays.stream(roles).noneMatch(role -> user.hasRole(tenant, role))) {
            String needed = Arrays.stream(roles).map(Role::id).collect(Collectors.joining(" or "));
            denied(tenant, 403, caller() + ": needs " + needed + " in " + tenant);
            throw new ForbiddenException("This needs the " + needed + " role in " + tenant);
        }
    }

    /** Whether the user's only part in the country is reviewing (no other tenant or global role). */
    public boolean onlyReviewer() {
        String tenant = context.current();
        return user.hasRole(tenant, Role.REVIEWER) && user.memberships().stream()
                .noneMatch(m -> m.role() != Role.REVIEWER && (m.role().global() || tenant.equals(m.tenant())));
    }

    public boolean hasRole(Role role) {
        return user.hasRole(context.current(), role);
    }

    public Optional<Agency> agency() {
        return user.agencyIn(context.current());
    }

    public String username() {
        return user.username();
    }

    /**
     * Audits a denial without ever hiding it: when the entry cannot be written, the log keeps it
     * and the user still gets the 403/404.
     */
    private void denied(String memberTenant, int status, String detail) {
        String actor = user.signedIn() ? user.username() : null;
        String home = memberTenant != null ? memberTenant
                : actor == null ? null : user.tenantIds().stream().findFirst().orElse(null);
        if (home == null) {
            LOG.warning(() -> "Access denied (" + status + ") to a user without a country: " + detail);
            return;
        }
        try {
            denials.fire(new AccessDenied(home, actor, status, detail));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not audit a denied access (" + status + ") of " + actor + ": " + detail, e);
        }
    }

    /** The application method that asked, e.g. {@code ProposalService.submit}: what the user tried. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("org.m4d.grants.")
                        && !f.getClassName().equals(Access.class.getName()) && f.getClassName().indexOf('$') < 0)
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("unknown"));
    }

    /** A tenant code as given, which may be anything a URL carried: safe to log and store. */
    static String printable(String tenant) {
        if (tenant == null) {
            return "(none)";
        }
        String safe = tenant.replaceAll("[^A-Za-z0-9*_-]", "?");
        return safe.length() <= 12 ? safe : safe.substring(0, 12) + "...";
    }
}
