package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.platform.application.TenantContext;

/**
 * The finance view of a country's grants: the portfolio and each grant's schedule and ledger. The
 * portfolio is read by finance and coordinators of the country and by the global roles, a grant's
 * ledger by them and by the applicant who owns it ({@code Visibility.readsGrant}, as the grant's
 * API); other members of the country get 403, everybody else 404. One country per call: an "all countries" view calls once per
 * country, so each read runs in that country's tenant scope only.
 */
@ApplicationScoped
@Transactional
public class FinanceService {

    private static final Set<Role> READERS = Set.of(Role.FINANCE, Role.COORDINATOR, Role.PMU, Role.OBSERVER);

    @Inject
    GrantRepository grants;

    @Inject
    TenantContext context;

    @Inject
    ProposalService proposals;

    @Inject
    Access access;

    /** The grants of a country, the latest approved first. */
    public List<GrantRow> grants() {
        requireReader();
        List<GrantAgreement> agreements = grants.agreements();
        Map<Long, BigDecimal> disbursed = grants.disbursedByGrant();
        Map<Long, String> titles = proposals.titles(agreements.stream().map(GrantAgreement::proposalId).collect(Collectors.toSet()));
        return agreements.stream().map(g -> new GrantRow(context.current(), g.proposalId(),
                titles.getOrDefault(g.proposalId(), "#" + g.proposalId()), g.status(), g.approved(),
                Money.of(disbursed.getOrDefault(g.id(), BigDecimal.ZERO), g.approved().currency()), g.usdRate(),
                Usd.ofEntries(grants.ledger(g))))
                .toList();
    }

    /** The tranche schedule and ledger of the grant of a proposal: the grant's readers, as its API. */
    public GrantLedger ledger(long proposalId) {
        if (!proposals.visibility(proposalId).readsGrant()) {
            throw new ForbiddenException("The ledger is read by finance, coordinators, the programme unit, observers"
                    + " and the applicant who owns the grant");
        }
        GrantAgreement grant = grants.findByProposal(proposalId)
                .orElseThrow(() -> new NotFoundException("Grant"));
        String title = proposals.titles(Set.of(proposalId)).getOrDefault(proposalId, "#" + proposalId);
        return GrantLedger.of(context.current(), proposalId, title, grant, grants.tranches(grant),
                grants.ledger(grant), access.hasRole(Role.FINANCE));
    }

    private void requireReader() {
        access.requireMember();
        if (READERS.stream().noneMatch(role -> access.hasRole(role))) {
            throw new ForbiddenException("The finance pages need the finance or coordinator role in " + context.current());
        }
    }
}
