package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.grant.application.GrantFigure;
import org.m4d.grants.grant.application.GrantFigures;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.application.ProposalCounts;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.tenancy.application.UsdRates;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.platform.application.TenantContext;

/** Reads the dashboard figures of one country, in one transaction of its own. */
@ApplicationScoped
@Transactional
public class CountryReader {

    @Inject
    Access access;

    @Inject
    TenantContext context;

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

    @Inject
    UsdRates usdRates;

    public CountryFigures read() {
        access.requireMember();
        Tenant tenant = tenants.find(context.current()).orElseThrow(() -> new NotFoundException("Country"));
        List<GrantFigure> grants = grantFigures.of();
        return new CountryFigures(context.current(), tenant.currency(),
                usdRates.rateOn(tenant.currency(), LocalDate.now(tenant.zone())).orElse(null), proposalCounts.byState(),
                proposalCounts.bySector(), grants,
                proposals.titles(grants.stream().map(GrantFigure::proposalId).toList()),
                workflow.overdue());
    }
}
