package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.programme.application.CallCatalogue;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.programme.domain.CallEnvelope;
import org.m4d.grants.programme.domain.EnvelopeUse;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.workflow.application.EnvelopeSteps;

/**
 * A country's envelope of a call against what its proposals ask for, what was approved and what was
 * paid, each in dollars at the rate of its own date (ADR 31): a proposal at its submission day's, a
 * grant at its approval day's, a payment at its payment day's. Always in the country of the tenant
 * context. The approval decision asks it whether a proposal would go beyond the envelope; the
 * dashboard reads the figures, and checks access itself.
 */
@ApplicationScoped
@Transactional
public class CallEnvelopes implements EnvelopeSteps {

    /** States whose requests no longer count against a call: never submitted, withdrawn or refused. */
    private static final Set<ProposalState> NOT_REQUESTING = EnumSet.of(ProposalState.DRAFT, ProposalState.WITHDRAWN,
            ProposalState.REJECTED);

    @Inject
    ProposalService proposals;

    @Inject
    GrantRepository grants;

    @Inject
    CallCatalogue calls;

    @Inject
    TenantContext context;

    /** What a call stands at in one country, in US dollars; the envelope is null when the call sets none. */
    public record Figures(long callId, String title, BigDecimal envelopeUsd, BigDecimal requestedUsd,
                          BigDecimal approvedUsd, BigDecimal disbursedUsd) {

        /** The envelope left after the approved dollars; null without an envelope. */
        public BigDecimal remainingUsd() {
            return new EnvelopeUse(envelopeUsd, approvedUsd).remainingUsd();
        }
    }

    @Override
    public boolean beyondEnvelope(long proposalId) {
        Proposal proposal = proposals.proposal(proposalId);
        return proposal.requestedUsd() != null && beyondEnvelope(proposalId, proposal.requestedUsd());
    }

    /**
     * Whether the proposal's grant at this many dollars (an amendment's new total) would take the
     * approved of its call and country past the envelope, its own grant as approved not counted.
     */
    public boolean beyondEnvelope(long proposalId, BigDecimal usd) {
        Proposal proposal = proposals.proposal(proposalId);
        if (proposal.callId() == null) {
            return false;
        }
        BigDecimal approved = approvedUsd(proposals.ofCall(proposal.callId()).stream()
                .filter(p -> p.id() != proposalId).toList());
        return new EnvelopeUse(envelope(proposal.callId()), approved).exceededBy(usd);
    }

    /** The figures of a call in the country of the tenant context. */
    public Figures figures(long callId) {
        Call call = calls.call(callId).orElseThrow();
        List<Proposal> ofCall = proposals.ofCall(callId);
        BigDecimal requested = ofCall.stream().filter(p -> !NOT_REQUESTING.contains(p.state()) && p.requestedUsd() != null)
                .map(Proposal::requestedUsd).reduce(zero(), BigDecimal::add);
        Map<Long, GrantAgreement> granted = granted(ofCall);
        BigDecimal disbursed = granted.values().stream().map(g -> Usd.ofEntries(grants.ledger(g)))
                .filter(java.util.Objects::nonNull).reduce(zero(), BigDecimal::add);
        return new Figures(callId, call.title(), envelope(callId), requested, approvedUsd(ofCall), disbursed);
    }

    private BigDecimal envelope(long callId) {
        return calls.call(callId).flatMap(c -> c.envelopeOf(context.current())).map(CallEnvelope::amountUsd)
                .orElse(null);
    }

    /** The dollars approved for these proposals, each grant at its approval day's rate. */
    private BigDecimal approvedUsd(List<Proposal> ofCall) {
        return granted(ofCall).values().stream().map(g -> Usd.of(g.approved(), g.usdRate()))
                .filter(java.util.Objects::nonNull).reduce(zero(), BigDecimal::add);
    }

    private Map<Long, GrantAgreement> granted(List<Proposal> ofCall) {
        Set<Long> ids = ofCall.stream().map(Proposal::id).collect(Collectors.toSet());
        return grants.agreements().stream().filter(g -> ids.contains(g.proposalId()))
                .collect(Collectors.toMap(GrantAgreement::proposalId, Function.identity(), (a, b) -> a));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
