package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.application.TenantContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * The dashboard of the countries in scope (one, or all of a global user's). Each country is read by
 * {@link CountryReader} in a transaction of its own, so that one persistence context never holds
 * the rows of two tenants; hence no transaction here.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class DashboardQueries {

    @Inject
    CountryReader reader;

    @Inject
    Access access;

    /** The figures of the given countries; a country the user does not belong to answers 404. */
    public DashboardFigures figures(@NotEmpty List<String> tenantCodes) {
        Tally tally = new Tally();
        for (String code : tenantCodes) {
            try (TenantContext.Scope in = access.enter(code)) {
                tally.add(reader.read());
            }
        }
        return tally.figures();
    }
}
