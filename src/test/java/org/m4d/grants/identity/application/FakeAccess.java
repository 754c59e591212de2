package org.m4d.grants.identity.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;

/**
 * The real {@link Access} checks for a user of Nepal with the given roles (and agency, for a
 * reviewer), without a container; the denials it would audit are kept in {@link #denials}.
 */
public final class FakeAccess {

    public static final String COUNTRY = "NP";

    public final Access access = new Access();
    public final List<String> denials = new ArrayList<>();

    public FakeAccess(String username, Agency agency, Role... roles) {
        Set<Role> held = Set.of(roles);
        access.context = new TenantContext();
        access.user = new CurrentUser() {
            @Override
            public boolean signedIn() {
                return true;
            }

            @Override
            public String username() {
                return username;
            }

            @Override
            public Set<String> tenantIds() {
                return Set.of(COUNTRY);
            }

            @Override
            public boolean hasRole(String tenant, Role role) {
                return COUNTRY.equals(tenant) && held.contains(role);
            }

            @Override
            public Optional<Agency> agencyIn(String tenant) {
                return COUNTRY.equals(tenant) ? Optional.ofNullable(agency) : Optional.empty();
            }
        };
        access.denials = new FiredEvents<AccessDenied>(denied -> denials.add(denied.status() + " " + denied.detail()));
    }

    public FakeAccess(String username, Role... roles) {
        this(username, null, roles);
    }

    /** Enters the user's country, as the request filter does before any use case runs. */
    public TenantContext.Scope enter() {
        return access.context.enter(COUNTRY);
    }
}
