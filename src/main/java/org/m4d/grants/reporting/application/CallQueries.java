package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.application.TenantContext;

/**
 * The calls of the countries in scope with their figures, per country and call; each country read
 * by {@link CallReader} in a transaction of its own, as the dashboard's figures are.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class CallQueries {

    @Inject
    CallReader reader;

    @Inject
    Access access;

    /** The calls of the given countries; a country the user does not belong to answers 404. */
    public List<CallFigures> figures(@NotEmpty List<String> tenantCodes) {
        List<CallFigures> rows = new ArrayList<>();
        for (String code : tenantCodes) {
            try (TenantContext.Scope in = access.enter(code)) {
                rows.addAll(reader.read());
            }
        }
        return rows;
    }
}
