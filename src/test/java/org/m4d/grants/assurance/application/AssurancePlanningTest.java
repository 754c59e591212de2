package org.m4d.grants.assurance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.m4d.grants.assurance.application.Assurance.PARTNER;

import java.time.LocalDate;
import java.util.Date;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.assurance.domain.ActivityKind;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.workflow.application.AssurancePlan;
import org.m4d.grants.workflow.application.FakeWorkflow;
import org.m4d.grants.workflow.domain.AssuranceModel;

/**
 * A partner's year planned from its rating and the cash its grants paid that year: the activities
 * the table asks for, each started as a process, and nothing twice.
 */
class AssurancePlanningTest {

    private final Assurance a = new Assurance();
    private final long proposal = a.grant("Diaspora savings groups", PARTNER);

    @AfterEach
    void leaveTheCountry() {
        a.app.context.clear();
    }

    private PlannedYear plan(int year) {
        return plan(PARTNER, year);
    }

    private PlannedYear plan(long partner, int year) {
        a.app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        return a.app.in("NP", () -> a.planning.plan(partner, year));
    }

    /** The processes planning started (the proposal's lifecycle left out). */
    private java.util.List<FakeWorkflow.Start> starts() {
        return a.app.workflow.starts().stream().filter(s -> s.routing().containsKey(AssuranceModel.VAR_ACTIVITY_ID))
                .toList();
    }

    @Test
    void theTableIsAskedWithTheRatingInForceAndTheYearsCashInDollarsAtTheGrantsRate() {
        a.pay(proposal, "133500", LocalDate.of(2025, 12, 31), "PAY-2025");
        a.pay(proposal, "667500", LocalDate.of(2026, 3, 2), "PAY-2026");

        PlannedYear year = plan(2026);

        assertThat(a.asked).containsExactly("HIGH 5000.00");
        assertThat(a.ratedOn).containsExactly(Assurance.TODAY);
        assertThat(year.rating()).isEqualTo(RiskRating.HIGH);
        assertThat(year.cashUsd()).isEqualByComparingTo("5000.00");
        assertThat(plan(2025).cashUsd()).as("the year before: only its own payment").isEqualByComparingTo("1000.00");
        assertThat(a.ratedOn).as("a past year is rated as at its last day").endsWith(LocalDate.of(2025, 12, 31));
    }

    @Test
    void eachActivityTheTableAsksForIsCreatedDueThroughTheYearAndStartedAsAProcessOnThePartnersGrant() {
        a.plan = new AssurancePlan(2, 1, true);

        PlannedYear year = plan(2026);

        assertThat(year.added()).isEqualTo(4);
        assertThat(year.activities()).extracting(AssuranceActivity::kind, AssuranceActivity::dueOn,
                AssuranceActivity::proposalId, AssuranceActivity::status).containsExactly(
                tuple(ActivityKind.PROGRAMMATIC_VISIT, LocalDate.of(2026, 6, 30), proposal, AssuranceActivity.Status.PLANNED),
                tuple(ActivityKind.PROGRAMMATIC_VISIT, LocalDate.of(2026, 12, 31), proposal, AssuranceActivity.Status.PLANNED),
                tuple(ActivityKind.SPOT_CHECK, LocalDate.of(2026, 12, 31), proposal, AssuranceActivity.Status.PLANNED),
                tuple(ActivityKind.AUDIT, LocalDate.of(2026, 12, 31), proposal, AssuranceActivity.Status.PLANNED));
        AssuranceActivity first = year.activities().get(0);
        FakeWorkflow.Start start = starts().get(0);
        assertThat(starts()).hasSize(4);
        assertThat(start.proposalId()).isEqualTo(proposal);
        assertThat(start.tenant()).isEqualTo("NP");
        assertThat(start.routing()).containsEntry(AssuranceModel.VAR_ACTIVITY_ID, first.id())
                .containsEntry(AssuranceModel.VAR_KIND, "PROGRAMMATIC_VISIT")
                .containsEntry(AssuranceModel.VAR_DUE, Date.from(LocalDate.of(2026, 6, 30).atStartOfDay(ZoneOffset.UTC).toInstant()));
        assertThat(first.processInstanceId()).isEqualTo(start.instanceId());
        AuditEntry entry = a.app.in("NP", () -> a.app.lastEntryOn(proposal));
        assertThat(entry.action()).isEqualTo("ASSURANCE_PLANNED");
        assertThat(entry.detail()).isEqualTo("Partner 7, 2026: rating HIGH, USD 0.00 transferred; 2 visit(s),"
                + " 1 spot check(s), audit yes; 4 activity(ies) added");
    }

    @Test
    void planningAgainAddsNothingAndALargerPlanAddsOnlyWhatIsMissing() {
        plan(2026);

        PlannedYear again = plan(2026);
        assertThat(again.added()).isZero();
        assertThat(again.activities()).hasSize(4);
        assertThat(starts()).hasSize(4);

        a.plan = new AssurancePlan(4, 1, true);
        PlannedYear larger = plan(2026);
        assertThat(larger.added()).isEqualTo(2);
        assertThat(a.app.in("NP", () -> a.rows.activities(PARTNER, 2026))).filteredOn(x -> x.kind() == ActivityKind.PROGRAMMATIC_VISIT)
                .extracting(AssuranceActivity::dueOn).containsExactly(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
                        LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31));
        assertThat(starts()).hasSize(6);
    }

    @Test
    void aPartnerWithoutAGrantInTheCountryIsRefusedAndNothingIsPlanned() {
        assertThatThrownBy(() -> a.app.in("NP", () -> {
            a.app.user.as("np.finance", "NP", Role.FINANCE);
            return a.planning.plan(Assurance.OTHER_PARTNER, 2026);
        })).isInstanceOf(DomainException.class)
                .hasMessage("This partner has no grant in this country to conduct assurance on");
        assertThat(a.app.in("NP", () -> a.rows.activities(2026))).isEmpty();
        assertThat(starts()).isEmpty();
    }

    @Test
    void aPartnerOfNoneOfTheCountrysIsNotFound() {
        assertThatThrownBy(() -> plan(99, 2026)).isInstanceOf(NotFoundException.class);
        assertThat(starts()).isEmpty();
    }

    @Test
    void aYearOutsideTheProgrammesReachIsRefused() {
        assertThatThrownBy(() -> plan(1999)).isInstanceOf(DomainException.class)
                .hasMessage("Plan a year from 2000 to 2100");
        assertThat(a.app.in("NP", () -> a.rows.activities(1999))).isEmpty();
    }

    @Test
    void onlyCoordinatorsAndFinancePlan() {
        a.app.user.as("np.applicant", "NP", Role.APPLICANT);

        assertThatThrownBy(() -> a.app.in("NP", () -> a.planning.plan(PARTNER, 2026)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(a.app.in("NP", () -> a.rows.activities(2026))).isEmpty();
    }
}
