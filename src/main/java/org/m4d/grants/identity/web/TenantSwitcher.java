package org.m4d.grants.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.m4d.grants.identity.application.Countries;
import org.m4d.grants.identity.application.Countries.Country;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.web.Formats;

/**
 * The country the user works in on the pages; users of several countries switch here. Users with
 * a global role (pmu, observer) may also choose "all countries": lists and dashboards then cover
 * every country ({@link #getScope()}), while actions still need one country ({@link #getCurrent()}).
 */
@Named
@SessionScoped
public class TenantSwitcher implements Serializable {

    /** The value of the switch for "all countries". */
    public static final String ALL = "*";

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Countries countries;

    @Inject
    transient TenantContext context;

    private String current;
    private boolean all;

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
            follow();
        }
    }

    /** What the switch shows: a tenant code or {@link #ALL}. */
    public String getSelection() {
        return isAll() ? ALL : getCurrent();
    }

    public void setSelection(String selection) {
        if (ALL.equals(selection)) {
            all = user.global();
        } else if (selection != null && user.isMember(selection)) {
            all = false;
            current = selection;
            follow();
        }
    }

    /** The rest of the request that switched works in the new country (the page filter set the old one). */
    private void follow() {
        context.enter(current);
    }

    /** Whether "all countries" is chosen (only ever for users with a global role). */
    public boolean isAll() {
        return all && user.global();
    }

    /** Whether the user may choose "all countries". */
    public boolean isGlobal() {
        return user.global();
    }

    /** The tenants whose data lists and dashboards show now: the current one, or all for "all countries". */
    public List<String> getScope() {
        return isAll() ? List.copyOf(user.tenantIds()) : List.of(getCurrent());
    }

    /** A name for the scope: the country's name or "All countries" in the page's language. */
    public String getScopeName() {
        if (isAll()) {
            return new Formats().message("nav.allCountries");
        }
        Country tenant = getTenant();
        return tenant == null ? "" : tenant.name();
    }

    /** The entries of the switch: "all countries" first for global users, then each country. */
    public List<Choice> getChoices() {
        List<Choice> choices = new java.util.ArrayList<>();
        if (isGlobal()) {
            choices.add(new Choice(ALL, new Formats().message("nav.allCountries")));
        }
        getTenants().forEach(t -> choices.add(new Choice(t.code(), t.name())));
        return choices;
    }

    /** One entry of the switch. */
    public record Choice(String code, String name) implements Serializable {
    }

    public List<Country> getTenants() {
        return countries.all().stream().filter(t -> user.isMember(t.code())).toList();
    }

    public Country getTenant() {
        return countries.find(getCurrent()).orElse(null);
    }
}
