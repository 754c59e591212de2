package org.m4d.grants.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxFilterTest {

    @Test
    void dueWindowsEndNowOrInAWeekOrNever() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        assertThat(InboxFilter.Due.OVERDUE.before(now)).isEqualTo(now);
        assertThat(InboxFilter.Due.THIS_WEEK.before(now)).isEqualTo(now.plus(Duration.ofDays(7)));
        assertThat(InboxFilter.Due.ANY.before(now)).isNull();
    }

    @Test
    void aFilterOfOneCountryMatchesEverythingThere() {
        InboxFilter filter = InboxFilter.of("NP");
        assertThat(filter.tenants()).containsExactly("NP");
        assertThat(filter.due()).isEqualTo(InboxFilter.Due.ANY);
        assertThat(new InboxFilter(List.of("NP", "SN"), null, null, null, null, true, null).due())
                .isEqualTo(InboxFilter.Due.ANY);
    }
}
