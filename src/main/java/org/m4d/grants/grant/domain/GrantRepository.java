package org.m4d.grants.grant.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.platform.domain.Money;

/** Grant agreements and their ledgers, always within the country of the tenant context. */
public interface GrantRepository {

    Optional<GrantAgreement> findByProposal(long proposalId);

    /** Finds the agreement and locks it until the transaction ends, so ledger checks serialise. */
    Optional<GrantAgreement> lockByProposal(long proposalId);

    Money disbursedTotal(GrantAgreement grant);

    /** Every grant agreement of the country, the latest approved first. */
    List<GrantAgreement> agreements();

    /** The net amount disbursed per grant id of the country, in each grant's currency; grants without entries are absent. */
    Map<Long, BigDecimal> disbursedByGrant();

    List<Disbursement> ledger(GrantAgreement grant);

    void store(GrantAgreement grant);

    void append(Disbursement disbursement);

    /** The entry recorded earlier under this idempotency key, if any. */
    Optional<Disbursement> byIdempotencyKey(String key);

    Optional<Disbursement> entry(long id);

    Optional<Disbursement> reversalOf(long id);

    Money disbursedFromTranche(GrantAgreement grant, int tranche);

    List<Tranche> tranches(GrantAgreement grant);

    void store(Tranche tranche);

    List<Report> reports(GrantAgreement grant);

    void store(Report report);

    /** The grant's FACE documents, by tranche, oldest first. */
    List<FaceDocument> faceDocuments(GrantAgreement grant);

    void store(FaceDocument document);
}
