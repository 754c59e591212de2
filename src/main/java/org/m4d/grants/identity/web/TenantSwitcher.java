package org.m4d.grants.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;

/** The country the user works in on the pages; users of several countries switch here. */
@Named
@SessionScoped
public class TenantSwitcher implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser user;

    @Inject
    transient TenantRepository tenants;

    private String current;

    /** The current tenant code, always one the user belongs to. */
    public String getCurrent() {
        if (current == null || !user.isMember(current)) {
            current = user.tenantIds().stream().findFirst().orElse(null);
        }
        return current;
    }

    public void setCurrent(String code) {
        if (code != null && user.isMember(code)) {
            current = code;
        }
    }

    public List<Tenant> getTenants() {
        return tenants.all().stream().filter(t -> user.isMember(t.code())).toList();
    }

    public Tenant getTenant() {
        return tenants.find(getCurrent()).orElse(null);
    }
}
