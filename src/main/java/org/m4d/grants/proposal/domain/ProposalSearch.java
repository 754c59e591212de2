package org.m4d.grants.proposal.domain;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

/**
 * Criteria and order of a proposal list; null criteria match everything. {@code onlyIds}, when
 * set, narrows the list to those proposals (e.g. the ones a reviewer has been cleared to see).
 */
public record ProposalSearch(ProposalState state, Sector sector, Level level, Integer genderMarker,
                             Boolean covidRecovery, String text, Order order, boolean ascending,
                             Collection<Long> onlyIds) implements Serializable {

    /** The columns a list can be sorted by. */
    public enum Order {
        CREATED, TITLE, STATE, SECTOR, REQUESTED
    }

    public ProposalSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        order = order == null ? Order.CREATED : order;
        onlyIds = onlyIds == null ? null : Set.copyOf(onlyIds);
    }

    public static ProposalSearch everything() {
        return new ProposalSearch(null, null, null, null, null, null, Order.CREATED, false, null);
    }

    public ProposalSearch onlyIds(Collection<Long> ids) {
        return new ProposalSearch(state, sector, level, genderMarker, covidRecovery, text, order, ascending, ids);
    }
}
