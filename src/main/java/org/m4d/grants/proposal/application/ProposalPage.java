package org.m4d.grants.proposal.application;

import java.util.Comparator;
import java.util.List;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalSearch;

/** One page of a proposal list and how many proposals match in all. */
public record ProposalPage(List<Proposal> rows, long total) {

    /** The order of a search, the same the database applies in each country, to merge countries. */
    public static Comparator<Proposal> order(ProposalSearch search) {
        Comparator<Proposal> by = switch (search.order()) {
            case TITLE -> Comparator.comparing(Proposal::title);
            case STATE -> Comparator.comparing(p -> p.state().name());
            case SECTOR -> Comparator.comparing(p -> p.sector().name());
            case REQUESTED -> Comparator.comparing(p -> p.requestedAmount().amount());
            case CREATED -> Comparator.comparing(Proposal::createdAt);
        };
        by = by.thenComparing(Proposal::id);
        return search.ascending() ? by : by.reversed();
    }
}
