package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.application.FakeAccess;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.application.Proposals;

/** One grant of proposal 1 in memory, 400,000.00 NPR, with its tranches, ledger and reports. */
class Grants implements GrantRepository {

    /** Gates a test adds to stop a payment. */
    final java.util.List<ReleaseGate> gates = new java.util.ArrayList<>();

    static final long PROPOSAL = 1;

    final GrantAgreement grant = Ledgers.withId(new GrantAgreement(PROPOSAL, Ledgers.money("400000", "NPR"),
            new BigDecimal("132.5"), "np.coordinator", Instant.parse("2026-11-28T10:00:00Z")), 10);
    final List<Tranche> tranches = new ArrayList<>();
    final List<Disbursement> ledger = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final List<DisbursementRecorded> disbursed = new ArrayList<>();
    final List<FaceDocument> faces = new ArrayList<>();

    /** Plans 50/50 as direct cash transfers and opens the first tranche, as the lifecycle does once the plan is set. */
    Grants planned() {
        return planned(Modality.DIRECT_CASH_TRANSFER);
    }

    Grants planned(Modality modality) {
        tranches.addAll(grant.plan(modality, List.of(new BigDecimal("50"), new BigDecimal("50"))));
        tranches.get(0).open(Instant.now());
        return this;
    }

    /** The tranche's advance requested and authorised in full, so that it can be paid. */
    Grants advanceAuthorised(int tranche) {
        faces.add(org.m4d.grants.testing.AuthorisedAdvances.of(grant, tranches.get(tranche - 1)));
        return this;
    }

    /** The FACE cycle as its step handlers use it, signed in as the given user. */
    FaceService faceService(FakeAccess user, RecordedAudit audit, Proposals proposals) {
        FaceService service = new FaceService();
        service.grants = this;
        service.grantService = service(user, audit, proposals);
        service.payments = new FacePayments(this);
        service.gates = gates();
        service.proposals = service.grantService.proposals;
        service.access = user.access;
        service.audit = audit;
        return service;
    }

    /** The grant service as the step handlers use it, signed in as the given user. */
    GrantService service(FakeAccess user, RecordedAudit audit, Proposals proposals) {
        GrantService service = new GrantService();
        service.grants = this;
        service.access = user.access;
        service.audit = audit;
        service.proposals = proposals.service(audit);
        service.context = new TenantContext();
        service.disbursements = new FiredEvents<>(disbursed::add);
        service.gates = gates();
        service.facePayments = new FacePayments(this);
        service.usdRates = org.m4d.grants.testing.InMemoryRates.usdRates();
        return service;
    }

    /** The gates before a payment, asking those a test put in {@link #gates}. */
    ReleaseGates gates() {
        return new ReleaseGates() {
            @Override
            protected Iterable<ReleaseGate> all() {
                return Grants.this.gates;
            }
        };
    }

    @Override
    public Optional<GrantAgreement> findByProposal(long proposalId) {
        return proposalId == PROPOSAL ? Optional.of(grant) : Optional.empty();
    }

    @Override
    public Optional<GrantAgreement> lockByProposal(long proposalId) {
        return findByProposal(proposalId);
    }

    @Override
    public Money disbursedTotal(GrantAgreement of) {
        return ledger.stream().map(Disbursement::amount).reduce(Money.zero("NPR"), Money::plus);
    }

    @Override
    public Money disbursedFromTranche(GrantAgreement of, int tranche) {
        return ledger.stream().filter(d -> d.trancheNumber() == tranche).map(Disbursement::amount)
                .reduce(Money.zero("NPR"), Money::plus);
    }

    @Override
    public List<Tranche> tranches(GrantAgreement of) {
        return tranches;
    }

    @Override
    public void store(Tranche tranche) {
        tranches.add(tranche);
    }

    @Override
    public void append(Disbursement disbursement) {
        ledger.add(disbursement);
    }

    @Override
    public Optional<Disbursement> byIdempotencyKey(String key) {
        return Optional.empty();
    }

    @Override
    public List<FaceDocument> faceDocuments(GrantAgreement of) {
        return faces;
    }

    @Override
    public void store(FaceDocument document) {
        faces.add(document);
    }

    @Override
    public List<Report> reports(GrantAgreement of) {
        return reports;
    }

    @Override
    public void store(Report report) {
        reports.add(report);
    }

    @Override
    public List<Disbursement> ledger(GrantAgreement of) {
        return ledger;
    }

    @Override
    public void store(GrantAgreement agreement) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<GrantAgreement> agreements() {
        return List.of(grant);
    }

    @Override
    public Map<Long, BigDecimal> disbursedByGrant() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Disbursement> entry(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Disbursement> reversalOf(long id) {
        throw new UnsupportedOperationException();
    }
}
