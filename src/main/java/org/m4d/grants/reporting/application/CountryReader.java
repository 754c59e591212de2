package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.m4d.grants.grant.application.GrantFigure;
import org.m4d.grants.grant.application.GrantFigures;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.application.ProposalCounts;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.workflow.application.Workflow;

/** Reads the dashboard figures of one country, in one transaction of its own. */
@ApplicationScoped
@Transactional
public class CountryReader {

    @Inject
    Access access;

    @Inject
    TenantRepository tenants;

    @Inject
    ProposalCounts proposalCounts;

    @Inject
    ProposalService proposals;

    @Inject
    GrantFigures grantFigures;

    @Inject
    Workflow workflow;

    public CountryFigures read(@NotNull String tenantCode) {
        access.requireMember(tenantCode);
        Tenant tenant = tenants.find(tenantCode).orElseThrow(() -> new NotFoundException("Country"));
        List<GrantFigure> grants = grantFigures.of(tenantCode);
        return new CountryFigures(tenantCode, tenant.currency(), tenant.usdRate(), proposalCounts.byState(tenantCode),
                proposalCounts.bySector(tenantCode), grants,
                proposals.titles(tenantCode, grants.stream().map(GrantFigure::proposalId).toList()),
                workflow.overdue(tenantCode));
    }
}
