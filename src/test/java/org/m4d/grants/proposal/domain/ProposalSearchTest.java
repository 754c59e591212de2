package org.m4d.grants.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalSearchTest {

    @Test
    void aSearchCleansItsTextAndDefaultsToNewestFirst() {
        ProposalSearch search = new ProposalSearch(null, null, null, null, null, "  Pokhara ", null, false, null);
        assertThat(search.text()).isEqualTo("Pokhara");
        assertThat(search.order()).isEqualTo(ProposalSearch.Order.CREATED);
        assertThat(new ProposalSearch(null, null, null, null, null, "   ", null, false, null).text()).isNull();
        assertThat(ProposalSearch.everything().onlyIds(List.of(3L, 4L)).onlyIds()).containsExactlyInAnyOrder(3L, 4L);
    }
}
