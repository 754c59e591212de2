package org.m4d.grants.assurance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.m4d.grants.assurance.application.Assurance.PARTNER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.assurance.domain.ActivityKind;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.workflow.application.AssurancePlan;
import org.m4d.grants.workflow.domain.AssuranceModel;

/** The dashboard's figures: per partner, done against planned by kind, and the open findings. */
class AssuranceOverviewTest {

    private final Assurance a = new Assurance();

    @AfterEach
    void leaveTheCountry() {
        a.app.context.clear();
    }

    @Test
    void eachPartnersYearShowsDoneAgainstPlannedAndItsOpenFindings() {
        long proposal = a.grant("Diaspora savings groups", PARTNER);
        a.grant("Migrant workers' skills", Assurance.OTHER_PARTNER);
        a.plan = new AssurancePlan(2, 1, true);
        a.app.user.as("np.finance", "NP", Role.FINANCE);
        List<AssuranceActivity> year = a.app.in("NP", () -> a.planning.plan(PARTNER, 2026)).activities();
        a.plan = new AssurancePlan(1, 0, false);
        a.app.in("NP", () -> a.planning.plan(Assurance.OTHER_PARTNER, 2026));
        AssuranceActivity check = year.stream().filter(x -> x.kind() == ActivityKind.SPOT_CHECK).findFirst().orElseThrow();
        a.app.in("NP", () -> a.spotCheck.apply(Assurance.activityTask(AssuranceModel.CONDUCT_SPOT_CHECK, proposal,
                check.id()), new ActivityReport(LocalDate.of(2026, 3, 10), List.of(
                new FindingEntry("HIGH", "Cash book not reconciled", null, LocalDate.of(2026, 4, 30)),
                new FindingEntry("LOW", "Signboard missing", null, LocalDate.of(2026, 6, 30))))));
        a.app.user.as("observer", "NP", Role.OBSERVER);

        List<PartnerProgress> rows = a.app.in("NP", () -> a.overview.progress(2026));

        assertThat(rows).containsExactly(
                new PartnerProgress("NP", PARTNER, "Partner 7", 2, 0, 1, 1, 1, 0, 2, 1),
                new PartnerProgress("NP", Assurance.OTHER_PARTNER, "Partner 8", 1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(rows.get(0).plus(rows.get(1)))
                .isEqualTo(new PartnerProgress("NP", PARTNER, "Partner 7", 3, 0, 1, 1, 1, 0, 2, 1));
        assertThat(a.app.in("NP", () -> a.overview.findings(true))).extracting(Finding::text)
                .containsExactly("Cash book not reconciled", "Signboard missing");
        assertThat(a.app.in("NP", () -> a.overview.progress(2027))).isEmpty();
        assertThat(a.app.in("SN", () -> a.overview.progress(2026))).as("another country's").isEmpty();
    }

    @Test
    void onlyFinanceCoordinatorsAndTheGlobalRolesReadItAndTheYearIsBounded() {
        a.app.user.as("np.applicant", "NP", Role.APPLICANT);
        assertThatThrownBy(() -> a.app.in("NP", () -> a.overview.progress(2026))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> a.app.in("NP", () -> a.overview.findings(false))).isInstanceOf(ForbiddenException.class);
        a.app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThatThrownBy(() -> a.app.in("NP", () -> a.overview.progress(2101))).isInstanceOf(DomainException.class)
                .hasMessage("Plan a year from 2000 to 2100");
    }
}
