package org.m4d.grants.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who takes an applicant's reporting task held by a proposal's creator (ADR 0035). */
class ApplicantTasksTest {

    private static final Map<Long, String> CO_APPLICANT_OF_7 = Map.of(7L, "np.applicant");

    @Test
    void aCoApplicantTakesEachReportingTaskTheCreatorHolds() {
        for (String key : new String[] {GrantLifecycle.SUBMIT_REPORTS, GrantLifecycle.REQUEST_ADVANCE,
                GrantLifecycle.CERTIFY_EXPENDITURE, GrantLifecycle.REQUEST_PAYMENT, GrantLifecycle.SUBMIT_FINAL_REPORT}) {
            assertThat(ApplicantTasks.takenBy(CO_APPLICANT_OF_7, key, 7L, "np.applicant")).as(key).isTrue();
        }
    }

    @Test
    void noOtherKindOfTaskIsTaken() {
        for (String key : new String[] {GrantLifecycle.REVISE_PROPOSAL, GrantLifecycle.SCREEN_ELIGIBILITY,
                GrantLifecycle.VERIFY_FINANCIAL_REPORT, GrantLifecycle.ACCEPT_EXPENDITURE, GrantLifecycle.AUTHORISE_ADVANCE}) {
            assertThat(ApplicantTasks.takenBy(CO_APPLICANT_OF_7, key, 7L, "np.applicant")).as(key).isFalse();
        }
    }

    @Test
    void aUserWhoIsNoCoApplicantOfThatProposalTakesNothing() {
        assertThat(ApplicantTasks.takenBy(Map.of(), GrantLifecycle.SUBMIT_REPORTS, 7L, "np.applicant")).isFalse();
        assertThat(ApplicantTasks.takenBy(CO_APPLICANT_OF_7, GrantLifecycle.SUBMIT_REPORTS, 8L, "np.applicant")).isFalse();
        assertThat(ApplicantTasks.takenBy(CO_APPLICANT_OF_7, GrantLifecycle.SUBMIT_REPORTS, null, "np.applicant")).isFalse();
    }

    @Test
    void aTaskHeldBySomeoneElseThanTheCreatorOrByNobodyIsNotTaken() {
        assertThat(ApplicantTasks.takenBy(CO_APPLICANT_OF_7, GrantLifecycle.SUBMIT_REPORTS, 7L, "np.finance")).isFalse();
        assertThat(ApplicantTasks.takenBy(CO_APPLICANT_OF_7, GrantLifecycle.SUBMIT_REPORTS, 7L, null)).isFalse();
    }
}
