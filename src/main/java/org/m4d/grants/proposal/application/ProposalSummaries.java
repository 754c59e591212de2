package org.m4d.grants.proposal.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The summary a proposal gives of itself, which duplicate screening compares (docs/adr/0036): its
 * answer to the summary section of its call's form ({@link ProposalAnswers}).
 */
public interface ProposalSummaries {

    /** The summary of a proposal of the tenant context's country; empty when it has none. */
    Optional<String> of(long proposalId);

    /** The summaries of several proposals, by id; those without one are left out. */
    default Map<Long, String> of(Collection<Long> proposalIds) {
        Map<Long, String> summaries = new LinkedHashMap<>();
        for (Long id : proposalIds) {
            of(id).ifPresent(summary -> summaries.put(id, summary));
        }
        return summaries;
    }
}
