package org.m4d.grants.proposal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Proposal;

/** Backs {@code app/proposals.xhtml}: the proposals of the current country. */
@Named
@RequestScoped
public class ProposalList {

    @Inject
    ProposalService proposals;

    @Inject
    TenantSwitcher tenant;

    private List<Proposal> items;

    public List<Proposal> getItems() {
        if (items == null) {
            items = proposals.list(tenant.getCurrent());
        }
        return items;
    }
}
