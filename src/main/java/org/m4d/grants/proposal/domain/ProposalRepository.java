package org.m4d.grants.proposal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Proposals, always within one tenant: a proposal of another tenant is not found. */
public interface ProposalRepository {

    Optional<Proposal> find(String tenant, long id);

    List<Proposal> all(String tenant, int first, int max);

    /** A page of the proposals matching a search, in its order. */
    List<Proposal> search(String tenant, ProposalSearch search, int first, int max);

    /** How many proposals match a search. */
    long count(String tenant, ProposalSearch search);

    /** The proposals with these ids, for labelling lists of tasks. */
    List<Proposal> withIds(String tenant, Collection<Long> ids);

    void store(String tenant, Proposal proposal);

    void remove(String tenant, Proposal proposal);

    /** How many proposals are in each state; states without any are left out. */
    Map<ProposalState, Long> countByState(String tenant);

    /** How many proposals are in each sector; sectors without any are left out. */
    Map<Sector, Long> countBySector(String tenant);
}
