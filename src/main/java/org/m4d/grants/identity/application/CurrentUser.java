package org.m4d.grants.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Membership;
import org.m4d.grants.identity.domain.Role;

/** The signed-in user of this request, with their roles per tenant. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    Countries countries;

    private Accounts.Account account;
    private Set<String> tenantIds;

    public boolean signedIn() {
        return security.getCallerPrincipal() != null && account().isPresent();
    }

    public String username() {
        return account().map(Accounts.Account::username).orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public String displayName() {
        return account().map(Accounts.Account::displayName).orElse("");
    }

    public List<Membership> memberships() {
        return account().map(Accounts.Account::memberships).orElse(List.of());
    }

    public boolean global() {
        return memberships().stream().anyMatch(m -> m.role().global());
    }

    /** The tenants whose data this user may see: all of them for the global roles. */
    public Set<String> tenantIds() {
        if (tenantIds == null) {
            tenantIds = global()
                    ? countries.all().stream().map(Countries.Country::code).collect(Collectors.toCollection(LinkedHashSet::new))
                    : memberships().stream().map(Membership::tenant).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return tenantIds;
    }

    public boolean isMember(String tenant) {
        return tenant != null && tenantIds().contains(tenant);
    }

    public boolean hasRole(String tenant, Role role) {
        return memberships().stream().anyMatch(m -> m.role() == role
                && (role.global() || tenant != null && tenant.equals(m.tenant())));
    }

    /** The engine groups of this user, e.g. {@code NP-coordinator}. */
    public List<String> groups() {
        return account().map(a -> List.copyOf(a.groups())).orElse(List.of());
    }

    /** The agency the user reviews for in a country. */
    public Optional<Agency> agencyIn(String tenant) {
        return memberships().stream().filter(m -> tenant.equals(m.tenant()) && m.role() == Role.REVIEWER
                        && m.agency() != null)
                .map(Membership::agency).findFirst();
    }

    private Optional<Accounts.Account> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? null : accounts.find(principal.getName()).filter(Accounts.Account::enabled).orElse(null);
        }
        return Optional.ofNullable(account);
    }
}
