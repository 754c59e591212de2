package org.m4d.grants.proposal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.application.Ledgers;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;

/** Proposals of Nepal in memory, for the unit tests of the use cases that change them. */
public class Proposals implements ProposalRepository {

    public static final Instant SUBMITTED_AT = Instant.parse("2026-11-28T10:00:00Z");

    private final Map<Long, Proposal> byId = new HashMap<>();

    /** A proposal of np.applicant for 265,000 NPR (USD 2,000), submitted with the given lead actor. */
    public Proposal submitted(long id, LeadActor leadActor) {
        Proposal proposal = Ledgers.withId(new Proposal("Skills recognition for returnees", Sector.EMPLOYMENT, leadActor,
                Money.of(new BigDecimal("265000"), "NPR"), "np.applicant", SUBMITTED_AT), id);
        proposal.submit(true, new BigDecimal("132.5"), SUBMITTED_AT);
        byId.put(id, proposal);
        return proposal;
    }

    public Proposal awaitingApproval(long id) {
        Proposal proposal = submitted(id, LeadActor.NATIONAL_INSTITUTION);
        proposal.screen(Decision.ACCEPT);
        proposal.reviewsComplete();
        return proposal;
    }

    public Proposal approved(long id) {
        Proposal proposal = awaitingApproval(id);
        proposal.decide(Decision.ACCEPT);
        return proposal;
    }

    /** The service the other contexts' handlers read proposals through. */
    public ProposalService service() {
        ProposalService service = new ProposalService();
        service.proposals = this;
        return service;
    }

    /** The service the grant context tells of disbursements and closure, which it audits. */
    public ProposalService service(AuditTrail audit) {
        ProposalService service = service();
        service.audit = audit;
        return service;
    }

    @Override
    public Optional<Proposal> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Proposal> ofCall(long callId) {
        return byId.values().stream().filter(p -> Long.valueOf(callId).equals(p.callId())).toList();
    }

    @Override
    public List<Proposal> lookAlikeCandidates(long excluded, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void store(Proposal proposal) {
        byId.put(proposal.id(), proposal);
    }

    @Override
    public List<Proposal> all(int first, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Proposal> search(ProposalSearch search, int first, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(ProposalSearch search) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Proposal> withIds(Collection<Long> ids) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remove(Proposal proposal) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<ProposalState, Long> countByState() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<Sector, Long> countBySector() {
        throw new UnsupportedOperationException();
    }
}
