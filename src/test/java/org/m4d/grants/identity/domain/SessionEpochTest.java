package org.m4d.grants.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionEpochTest {

    private static UserAccount applicant() {
        UserAccount user = new UserAccount("np.applicant", "Applicant", "hash");
        user.grant(Role.APPLICANT, "NP", null);
        return user;
    }

    @Test
    void aSessionStampedWithTheCurrentEpochStands() {
        UserAccount user = applicant();

        assertThat(user.sessionStillValid(user.sessionEpoch())).isTrue();
    }

    @Test
    void signingOutEverywhereEndsEverySessionSignedInBefore() {
        UserAccount user = applicant();
        long laptop = user.sessionEpoch();
        long phone = user.sessionEpoch();

        user.endAllSessions();

        assertThat(user.sessionStillValid(laptop)).isFalse();
        assertThat(user.sessionStillValid(phone)).isFalse();
        assertThat(user.sessionStillValid(user.sessionEpoch())).as("a new sign-in afterwards").isTrue();
    }

    @Test
    void aSessionWithoutAStampDoesNotStand() {
        assertThat(applicant().sessionStillValid(null)).isFalse();
    }

    @Test
    void disablingTheAccountEndsItsSessionsAndReEnablingDoesNotRevive() {
        UserAccount user = applicant();
        long before = user.sessionEpoch();

        user.disable("NP", "np.admin");
        assertThat(user.sessionStillValid(user.sessionEpoch())).isFalse();
        user.enable("NP");

        assertThat(user.sessionStillValid(before)).isFalse();
        assertThat(user.sessionStillValid(user.sessionEpoch())).isTrue();
    }
}
