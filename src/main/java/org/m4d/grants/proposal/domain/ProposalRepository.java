package org.m4d.grants.proposal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Proposals, always within the country of the tenant context: a proposal of another tenant is not found. */
public interface ProposalRepository {

    Optional<Proposal> find(long id);

    List<Proposal> all(int first, int max);

    /** A page of the proposals matching a search, in its order. */
    List<Proposal> search(ProposalSearch search, int first, int max);

    /** How many proposals match a search. */
    long count(ProposalSearch search);

    /** The proposals with these ids, for labelling lists of tasks. */
    List<Proposal> withIds(Collection<Long> ids);

    /** The country's proposals made for a call. */
    List<Proposal> ofCall(long callId);

    /**
     * The country's proposals another may be compared with for look-alikes (docs/adr/0036): all but
     * that one, drafts and withdrawn ones, newest first, at most {@code max}; their places read with them.
     */
    List<Proposal> lookAlikeCandidates(long excluded, int max);

    void store(Proposal proposal);

    void remove(Proposal proposal);

    /** How many proposals are in each state; states without any are left out. */
    Map<ProposalState, Long> countByState();

    /** How many proposals are in each sector; sectors without any are left out. */
    Map<Sector, Long> countBySector();
}
