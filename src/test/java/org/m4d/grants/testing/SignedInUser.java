package org.m4d.grants.testing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Membership;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.domain.UserAccount;

/** The signed-in user of a unit test; who it is changes with {@link #as}, as between two requests. */
public final class SignedInUser extends CurrentUser {

    /** Every country of the tests, which a global role sees. */
    static final List<String> COUNTRIES = List.of("NP", "SN", "BD");

    private UserAccount account;

    /** Signs in a user with roles in one country (global roles hold everywhere). */
    public SignedInUser as(String username, String tenant, Role... roles) {
        account = new UserAccount(username, username, "-");
        for (Role role : roles) {
            account.grant(role, role.global() ? null : tenant, null);
        }
        return this;
    }

    /** Signs in a reviewer of an agency in one country. */
    public SignedInUser asReviewer(String username, String tenant, Agency agency) {
        account = new UserAccount(username, username, "-");
        account.grant(Role.REVIEWER, tenant, agency);
        return this;
    }

    /** Adds a role in another country to the user signed in. */
    public SignedInUser alsoIn(String tenant, Role role) {
        account.grant(role, tenant, null);
        return this;
    }

    @Override
    public boolean signedIn() {
        return account != null;
    }

    @Override
    public String username() {
        return account.username();
    }

    @Override
    public List<Membership> memberships() {
        return account == null ? List.of() : account.memberships();
    }

    @Override
    public List<String> groups() {
        return memberships().stream().flatMap(m -> m.groups().stream()).distinct().toList();
    }

    @Override
    public Set<String> tenantIds() {
        return global() ? new LinkedHashSet<>(COUNTRIES) : memberships().stream().map(Membership::tenant)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }
}
