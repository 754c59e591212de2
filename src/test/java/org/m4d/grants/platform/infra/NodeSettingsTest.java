package org.m4d.grants.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NodeSettingsTest {

    @Test
    void withoutAValueAJobStaysTheNodesForFiveMinutes() {
        assertThat(NodeSettings.jobLockTime(null)).isEqualTo(Duration.ofMinutes(5));
        assertThat(NodeSettings.jobLockTime("  ")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aDurationFromASecondToADayIsTaken() {
        assertThat(NodeSettings.jobLockTime(" PT20S ")).isEqualTo(Duration.ofSeconds(20));
        assertThat(NodeSettings.jobLockTime("PT1S")).isEqualTo(Duration.ofSeconds(1));
        assertThat(NodeSettings.jobLockTime("P1D")).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aValueOutsideASecondToADayStopsTheStart() {
        // 25 days no longer fits the engine's int of milliseconds; zero and negative leave no lock at all
        for (String value : new String[] {"P25D", "PT24H0.001S", "PT0.5S", "PT0S", "-PT5M"}) {
            assertThatThrownBy(() -> NodeSettings.jobLockTime(value)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("M4D_JOB_LOCK_TIME must be between PT1S and PT24H, e.g. PT5M; it is " + value);
        }
    }

    @Test
    void aValueThatIsNoDurationStopsTheStart() {
        assertThatThrownBy(() -> NodeSettings.jobLockTime("5 minutes")).isInstanceOf(IllegalStateException.class)
                .hasMessage("M4D_JOB_LOCK_TIME is not an ISO-8601 duration such as PT5M: 5 minutes");
    }
}
