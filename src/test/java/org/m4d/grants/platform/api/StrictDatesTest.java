package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.m4d.grants.assurance.application.FindingFollowUp;

/**
 * Dates of the API's JSON (Yasson, as Payara runs it) are bounded: a year the database's date or
 * the engine's timestamp cannot hold is bad input, not a 500 at commit.
 */
class StrictDatesTest {

    private static final String FOLLOW_UP = "{\"closed\":false,\"note\":\"Moved\",\"findingDueOn\":%s}";

    @Test
    void aYearBeyondTheBoundsIsRefusedWithTheBoundsNamed() {
        for (String far : new String[] {"\"+300000-01-01\"", "\"+999999999-12-31\"", "\"1899-12-31\"", "\"2200-01-01\""}) {
            assertThatThrownBy(() -> StrictJson.jsonb().fromJson(FOLLOW_UP.formatted(far), FindingFollowUp.class))
                    .as(far).rootCause().isInstanceOf(StrictDates.BadDate.class)
                    .hasMessage("A date between 1900-01-01 and 2199-12-31 is expected");
        }
    }

    @Test
    void theBoundsThemselvesAndNullAreTaken() {
        assertThat(StrictJson.jsonb().fromJson(FOLLOW_UP.formatted("\"1900-01-01\""), FindingFollowUp.class)
                .findingDueOn()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(StrictJson.jsonb().fromJson(FOLLOW_UP.formatted("\"2199-12-31\""), FindingFollowUp.class)
                .findingDueOn()).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(StrictJson.jsonb().fromJson(FOLLOW_UP.formatted("null"), FindingFollowUp.class).findingDueOn())
                .isNull();
    }

    @Test
    void aDateInAnotherFormOrNoStringIsRefused() {
        for (String odd : new String[] {"\"01/31/2026\"", "\"2026-02-30\"", "20260131", "{}"}) {
            assertThatThrownBy(() -> StrictJson.jsonb().fromJson(FOLLOW_UP.formatted(odd), FindingFollowUp.class))
                    .as(odd).rootCause().isInstanceOf(StrictDates.BadDate.class)
                    .hasMessage("A date is expected as yyyy-mm-dd");
        }
    }
}
