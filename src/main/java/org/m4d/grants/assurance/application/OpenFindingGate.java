package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.m4d.grants.assurance.domain.AssuranceRepository;
import org.m4d.grants.grant.application.ReleaseBlock;
import org.m4d.grants.grant.application.ReleaseGate;

/**
 * The second gate before cash leaves a grant: an open high-priority finding on the grant's partner
 * (or raised on the grant itself) stops every disbursement and release until it is closed.
 */
@ApplicationScoped
public class OpenFindingGate implements ReleaseGate {

    /** No partner chosen: only findings raised on the grant itself count. */
    private static final long NO_PARTNER = -1;

    @Inject
    AssuranceRepository assurance;

    @Inject
    GrantPartners partners;

    @Override
    public List<ReleaseBlock> blocks(long proposalId) {
        long partner = partners.partnerOf(proposalId).orElse(NO_PARTNER);
        return assurance.openHigh(partner, proposalId).stream().map(f -> new ReleaseBlock("error.release.openFinding",
                "The high-priority finding \"" + f.text() + "\" (due " + f.dueOn() + ") is open: no payment to this"
                        + " partner until it is closed", List.of(f.text(), f.dueOn()))).toList();
    }
}
