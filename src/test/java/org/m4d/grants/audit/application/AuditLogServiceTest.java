package org.m4d.grants.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.domain.AuditEntry;

class AuditLogServiceTest {

    private static AuditEntry at(String time, String actor) {
        return new AuditEntry(Instant.parse("2026-03-01T" + time + ":00Z"), actor, "ACCESS_DENIED", "ACCESS", 0L,
                null, "403", null);
    }

    private final List<AuditEntry> nepal = List.of(at("12:00", "np.c"), at("10:00", "np.b"), at("08:00", "np.a"));
    private final List<AuditEntry> senegal = List.of(at("11:00", "sn.b"), at("09:00", "sn.a"));

    @Test
    void theCountriesTrailsAreMergedNewestFirst() {
        assertThat(AuditLogService.newestFirst(List.of(nepal, senegal), 0, 10)).extracting(AuditEntry::actor)
                .containsExactly("np.c", "sn.b", "np.b", "sn.a", "np.a");
    }

    @Test
    void aPageIsCutOutOfTheMergedList() {
        assertThat(AuditLogService.newestFirst(List.of(nepal, senegal), 2, 2)).extracting(AuditEntry::actor)
                .containsExactly("np.b", "sn.a");
        assertThat(AuditLogService.newestFirst(List.of(nepal, senegal), 4, 2)).extracting(AuditEntry::actor)
                .containsExactly("np.a");
        assertThat(AuditLogService.newestFirst(List.of(nepal, senegal), 0, 0)).isEmpty();
    }
}
