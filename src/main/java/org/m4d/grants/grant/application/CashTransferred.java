package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.platform.domain.Money;

/**
 * Read-only figures of the country's ledgers for the assurance plan: which proposals have a grant,
 * and the cash those grants paid out in a calendar year, in US dollars at each entry's rate.
 * Callers check who may read them.
 */
@ApplicationScoped
public class CashTransferred {

    @Inject
    GrantRepository grants;

    /** The proposals of the country that have a grant agreement, the latest approved first. */
    public List<Long> grantedProposals() {
        return grants.agreements().stream().map(GrantAgreement::proposalId).toList();
    }

    /**
     * The net cash (disbursements less reversals) paid in {@code year} by the grants of these
     * proposals, in USD to the cent; a grant with an entry without a dollar rate counts nothing.
     */
    public BigDecimal usdIn(Collection<Long> proposalIds, int year) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (long proposalId : proposalIds) {
            GrantAgreement grant = grants.findByProposal(proposalId).orElse(null);
            if (grant == null) {
                continue;
            }
            BigDecimal usd = Usd.ofEntries(grants.ledger(grant).stream()
                    .filter(d -> d.disbursedOn().getYear() == year).toList());
            if (usd != null) {
                total = total.add(usd);
            }
        }
        return total;
    }
}
