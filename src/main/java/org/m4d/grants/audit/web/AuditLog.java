package org.m4d.grants.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.m4d.grants.audit.application.AuditLogService;
import org.m4d.grants.audit.application.AuditPage;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditSearch;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code app/audit.xhtml}: the recent audit entries of the countries in view, newest first,
 * a page at a time. Filters come from the query string, so a filtered list is a link.
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_FILTER_LENGTH = 100;

    @Inject
    transient AuditLogService audit;

    @Inject
    TenantSwitcher tenant;

    private String country;
    private String action;
    private String user;
    private List<String> actions = List.of();

    private final LazyDataModel<AuditEntry> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(audit.page(tenant.getScope(), country, search(), 0, 0).total(), Integer.MAX_VALUE);
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            AuditPage page = audit.page(tenant.getScope(), country, search(), first, pageSize);
            setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
            return page.rows();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return entry.tenantId() + "-" + entry.id();
        }
    };

    /** Checks that the user may read the trail (403 page otherwise) and fills the action filter. */
    public void load() {
        actions = audit.actions(tenant.getScope());
    }

    /** The search the page's filters make, which its export uses too. */
    public AuditSearch search() {
        return new AuditSearch(cut(action), cut(user));
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_FILTER_LENGTH ? value : value.substring(0, MAX_FILTER_LENGTH);
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public List<String> getActions() {
        return actions;
    }

    public List<String> getCountries() {
        return tenant.getScope();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null || country.isBlank() ? null : cut(country);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }
}
