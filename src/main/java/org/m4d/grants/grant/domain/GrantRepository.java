package org.m4d.grants.grant.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.platform.domain.Money;

/** Grant agreements and their ledgers, always within one tenant. */
public interface GrantRepository {

    Optional<GrantAgreement> findByProposal(String tenant, long proposalId);

    /** Finds the agreement and locks it until the transaction ends, so ledger checks serialise. */
    Optional<GrantAgreement> lockByProposal(String tenant, long proposalId);

    Money disbursedTotal(String tenant, GrantAgreement grant);

    /** Every grant agreement of the tenant, the latest approved first. */
    List<GrantAgreement> agreements(String tenant);

    /** The net amount disbursed per grant id of the tenant, in each grant's currency; grants without entries are absent. */
    Map<Long, BigDecimal> disbursedByGrant(String tenant);

    List<Disbursement> ledger(String tenant, GrantAgreement grant);

    void store(String tenant, GrantAgreement grant);

    void append(String tenant, Disbursement disbursement);

    /** The entry recorded earlier under this idempotency key, if any. */
    Optional<Disbursement> byIdempotencyKey(String tenant, String key);

    Optional<Disbursement> entry(String tenant, long id);

    Optional<Disbursement> reversalOf(String tenant, long id);

    Money disbursedFromTranche(String tenant, GrantAgreement grant, int tranche);

    List<Tranche> tranches(String tenant, GrantAgreement grant);

    void store(String tenant, Tranche tranche);

    List<Report> reports(String tenant, GrantAgreement grant);

    void store(String tenant, Report report);
}
