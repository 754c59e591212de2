package org.m4d.grants.partner.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.partner.application.PartnerService;
import org.m4d.grants.partner.application.PartnerSummary;
import org.m4d.grants.partner.domain.PartnerType;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;

/**
 * Backs {@code app/partners.xhtml}: the partners of the countries in view (names and types for
 * every member, ratings for those who may read them) and, for coordinators and finance of the
 * current country, the form that adds one.
 */
@Named
@ViewScoped
public class PartnerList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the list with the country it belongs to. */
    public record Row(String tenant, PartnerSummary partner) implements Serializable {
    }

    @Inject
    transient PartnerService partners;

    @Inject
    transient TenantContext context;

    @Inject
    transient TenantSwitcher tenant;

    @Inject
    transient FacesContext faces;

    @Inject
    transient Formats formats;

    private final PartnerFields fields = new PartnerFields();
    private transient List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = tenant.getScope().stream().flatMap(code -> context.runIn(code, () -> partners.list()).stream()
                    .map(p -> new Row(code, p))).toList();
        }
        return rows;
    }

    /** Whether the rating column is shown: the user reads ratings in every country in view. */
    public boolean isRatings() {
        return tenant.getScope().stream().allMatch(code -> context.runIn(code, () -> partners.readsDetails()));
    }

    /** Whether the form to add a partner is shown: one country in view, and the user manages its partners. */
    public boolean isManages() {
        return !tenant.isAll() && partners.manages();
    }

    public void add() {
        long id = partners.create(fields.toInput());
        Pages.redirect(faces, "/app/partner.xhtml?tenant=" + tenant.getCurrent() + "&id=" + id,
                formats.message("partners.added"));
    }

    public PartnerFields getFields() {
        return fields;
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }
}
