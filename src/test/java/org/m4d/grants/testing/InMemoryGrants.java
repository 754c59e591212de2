package org.m4d.grants.testing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.Money;

/** Grant agreements, tranches, ledgers and reports per country in memory; a lock is a plain read here. */
public final class InMemoryGrants implements GrantRepository {

    private final List<FaceDocument> faces = new java.util.ArrayList<>();

    private final TenantRows<GrantAgreement> agreements;
    private final TenantRows<Tranche> tranches;
    private final TenantRows<Disbursement> ledger;
    private final TenantRows<Report> reports;

    public InMemoryGrants(TenantContext context) {
        agreements = new TenantRows<>(context);
        tranches = new TenantRows<>(context);
        ledger = new TenantRows<>(context);
        reports = new TenantRows<>(context);
    }

    @Override
    public Optional<GrantAgreement> findByProposal(long proposalId) {
        return agreements.all().stream().filter(g -> g.proposalId() == proposalId).findFirst();
    }

    @Override
    public Optional<GrantAgreement> lockByProposal(long proposalId) {
        return findByProposal(proposalId);
    }

    @Override
    public Money disbursedTotal(GrantAgreement grant) {
        return sum(ledger(grant), grant.approved().currency());
    }

    @Override
    public List<GrantAgreement> agreements() {
        return agreements.all().stream().sorted(Comparator.comparing(GrantAgreement::approvedAt).reversed()).toList();
    }

    @Override
    public Map<Long, BigDecimal> disbursedByGrant() {
        return ledger.all().stream().collect(Collectors.groupingBy(Disbursement::grantId,
                Collectors.reducing(BigDecimal.ZERO, d -> d.amount().amount(), BigDecimal::add)));
    }

    @Override
    public List<Disbursement> ledger(GrantAgreement grant) {
        return ledger.all().stream().filter(d -> d.grantId() == grant.id()).toList();
    }

    @Override
    public void store(GrantAgreement grant) {
        agreements.store(grant);
    }

    @Override
    public void append(Disbursement disbursement) {
        ledger.store(disbursement);
    }

    @Override
    public Optional<Disbursement> byIdempotencyKey(String key) {
        return ledger.all().stream().filter(d -> key.equals(d.idempotencyKey())).findFirst();
    }

    @Override
    public Optional<Disbursement> entry(long id) {
        return ledger.find(id);
    }

    @Override
    public Optional<Disbursement> reversalOf(long id) {
        return ledger.all().stream().filter(d -> Objects.equals(d.reversesId(), id)).findFirst();
    }

    @Override
    public Money disbursedFromTranche(GrantAgreement grant, int tranche) {
        return sum(ledger(grant).stream().filter(d -> Objects.equals(d.trancheNumber(), tranche)).toList(),
                grant.approved().currency());
    }

    @Override
    public List<Tranche> tranches(GrantAgreement grant) {
        return tranches.all().stream().filter(t -> Objects.equals(Wiring.get(t, Tranche.class, "grantId"), grant.id()))
                .sorted(Comparator.comparing(Tranche::number)).toList();
    }

    @Override
    public void store(Tranche tranche) {
        tranches.store(tranche);
    }

    @Override
    public List<Report> reports(GrantAgreement grant) {
        return reports.all().stream().filter(r -> (long) Wiring.get(r, Report.class, "grantId") == grant.id()).toList();
    }

    @Override
    public void store(Report report) {
        reports.store(report);
    }

    @Override
    public List<FaceDocument> faceDocuments(GrantAgreement grant) {
        return faces.stream().filter(f -> f.grantId() == grant.id()).toList();
    }

    @Override
    public void store(FaceDocument document) {
        faces.add(document);
    }

    /** The tranche's advance requested and authorised in full, so that it can be paid. */
    public void authoriseAdvance(GrantAgreement grant, int tranche) {
        store(AuthorisedAdvances.of(grant, tranches(grant).stream().filter(t -> t.number() == tranche).findFirst()
                .orElseThrow()));
    }

    private static Money sum(List<Disbursement> entries, String currency) {
        return Money.of(entries.stream().map(d -> d.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }
}
