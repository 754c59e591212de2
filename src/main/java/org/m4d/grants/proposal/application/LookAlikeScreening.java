package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.application.CallCatalogue;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.proposal.domain.LookAlikeRules;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalRepository;

/**
 * Duplicate screening (issue 14, docs/adr/0036): the proposals of the country, of any call, that
 * look like one, with why. For the country's coordinators, who screen, and the programme unit. One
 * query reads the candidates (at most {@value #MAX_CANDIDATES}, newest first); the rules run here.
 */
@ApplicationScoped
@Transactional
public class LookAlikeScreening {

    /** The most proposals one is compared with: the newest of the country. */
    public static final int MAX_CANDIDATES = 1000;

    /** A proposal that looks like the one screened, the call it was made for (null for none) and why. */
    public record LookAlike(Proposal proposal, Call call, List<LookAlikeRules.Match> reasons) {
    }

    @Inject
    Access access;

    @Inject
    ProposalRepository proposals;

    @Inject
    ProposalSummaries summaries;

    @Inject
    CallCatalogue calls;

    /** The proposals that look like this one, most reasons first, then newest first (404 for one not of the country). */
    public List<LookAlike> of(long proposalId) {
        access.requireAnyRole(Role.COORDINATOR, Role.PMU);
        Proposal subject = proposals.find(proposalId).orElseThrow(() -> new NotFoundException("Proposal"));
        List<Proposal> candidates = proposals.lookAlikeCandidates(proposalId, MAX_CANDIDATES);
        List<Long> ids = new ArrayList<>(candidates.stream().map(Proposal::id).toList());
        ids.add(proposalId);
        Map<Long, String> summary = summaries.of(ids);
        LookAlikeRules.Facts facts = LookAlikeRules.Facts.of(subject, summary.get(proposalId));
        Map<Long, Call> callsById = new HashMap<>();
        List<LookAlike> alike = new ArrayList<>();
        for (Proposal candidate : candidates) {
            List<LookAlikeRules.Match> reasons = LookAlikeRules.matches(facts,
                    LookAlikeRules.Facts.of(candidate, summary.get(candidate.id())));
            if (!reasons.isEmpty()) {
                Call call = candidate.callId() == null ? null : callsById.computeIfAbsent(candidate.callId(),
                        id -> calls.call(id).orElse(null));
                alike.add(new LookAlike(candidate, call, reasons));
            }
        }
        alike.sort(Comparator.comparingInt((LookAlike a) -> a.reasons().size()).reversed()
                .thenComparing(a -> a.proposal().id(), Comparator.reverseOrder()));
        return alike;
    }
}
