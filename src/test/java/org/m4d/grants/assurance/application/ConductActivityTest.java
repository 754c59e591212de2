package org.m4d.grants.assurance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.m4d.grants.assurance.application.Assurance.PARTNER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.assurance.domain.ActivityKind;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.assurance.domain.Priority;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.workflow.application.AssurancePlan;
import org.m4d.grants.workflow.application.Steps;
import org.m4d.grants.workflow.domain.AssuranceModel;

/** An activity's task: who does it, the day and the findings recorded together, or nothing at all. */
class ConductActivityTest {

    private static final LocalDate VISITED_ON = LocalDate.of(2026, 3, 10);

    private final Assurance a = new Assurance();
    private final long proposal = a.grant("Diaspora savings groups", PARTNER);
    private final List<AssuranceActivity> planned;

    ConductActivityTest() {
        a.plan = new AssurancePlan(1, 1, true);
        a.app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        planned = a.app.in("NP", () -> a.planning.plan(PARTNER, 2026)).activities();
    }

    @AfterEach
    void leaveTheCountry() {
        a.app.context.clear();
    }

    private AssuranceActivity of(ActivityKind kind) {
        return planned.stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aVisitIsDoneOnItsDayWithItsFindingsOpenOnThePartnerAndTheGrant() {
        AssuranceActivity visit = of(ActivityKind.PROGRAMMATIC_VISIT);

        a.app.in("NP", () -> a.visit.apply(Assurance.activityTask(AssuranceModel.CONDUCT_VISIT, proposal, visit.id()),
                new ActivityReport(VISITED_ON, List.of(
                        new FindingEntry("HIGH", "Beneficiary list not kept", "Keep a signed list", LocalDate.of(2026, 4, 30)),
                        new FindingEntry("LOW", "Signboard missing", " ", LocalDate.of(2026, 6, 30))))));

        assertThat(visit.status()).isEqualTo(AssuranceActivity.Status.DONE);
        assertThat(visit.doneOn()).isEqualTo(VISITED_ON);
        assertThat(visit.doneBy()).isEqualTo("np.coordinator");
        assertThat(a.app.in("NP", () -> a.rows.findings(visit.id()))).extracting(Finding::priority, Finding::text,
                Finding::recommendation, Finding::dueOn, Finding::status, Finding::partnerId, Finding::proposalId)
                .containsExactly(
                        tuple(Priority.HIGH, "Beneficiary list not kept", "Keep a signed list", LocalDate.of(2026, 4, 30),
                                Finding.Status.OPEN, PARTNER, proposal),
                        tuple(Priority.LOW, "Signboard missing", null, LocalDate.of(2026, 6, 30), Finding.Status.OPEN,
                                PARTNER, proposal));
        assertThat(a.app.in("NP", () -> a.steps.openFindings(visit.id()))).hasSize(2);
        AuditEntry entry = a.app.in("NP", () -> a.app.lastEntryOn(proposal));
        assertThat(entry.action()).isEqualTo("ASSURANCE_DONE");
        assertThat(entry.detail()).isEqualTo("PROGRAMMATIC_VISIT of partner 7 on 2026-03-10: 2 finding(s), 1 of high priority");
    }

    @Test
    void aFindingDueOnOrBeforeTheDayOfTheCheckRefusesTheStepAndNoFindingIsKept() {
        AssuranceActivity check = of(ActivityKind.SPOT_CHECK);
        a.app.user.as("np.finance", "NP", Role.FINANCE);

        assertThatThrownBy(() -> a.app.in("NP", () -> a.spotCheck.apply(Assurance.activityTask(
                AssuranceModel.CONDUCT_SPOT_CHECK, proposal, check.id()), new ActivityReport(VISITED_ON, List.of(
                new FindingEntry("MEDIUM", "Two vouchers unsigned", null, LocalDate.of(2026, 5, 1)),
                new FindingEntry("HIGH", "Cash book not reconciled", null, VISITED_ON))))))
                .isInstanceOf(DomainException.class)
                .hasMessage("A finding is due after the day of the activity (2026-03-10)");
        assertThat(a.app.in("NP", () -> a.rows.findings(check.id()))).isEmpty();
    }

    @Test
    void eachKindIsDoneByItsRole() {
        a.app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThatThrownBy(() -> a.app.in("NP", () -> a.spotCheck.authorize(Steps.step(AssuranceModel.CONDUCT_SPOT_CHECK,
                proposal)))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> a.app.in("NP", () -> a.audit.authorize(Steps.step(AssuranceModel.RECORD_AUDIT,
                proposal)))).isInstanceOf(ForbiddenException.class);
        a.app.user.as("np.finance", "NP", Role.FINANCE);
        assertThatThrownBy(() -> a.app.in("NP", () -> a.visit.authorize(Steps.step(AssuranceModel.CONDUCT_VISIT,
                proposal)))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> a.app.in("NP", () -> a.followUp.authorize(Steps.step(AssuranceModel.FOLLOW_UP_FINDING,
                proposal)))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anActivityIsDoneOnce() {
        AssuranceActivity audit = of(ActivityKind.AUDIT);
        a.app.user.as("np.finance", "NP", Role.FINANCE);
        a.app.in("NP", () -> a.audit.apply(Assurance.activityTask(AssuranceModel.RECORD_AUDIT, proposal, audit.id()),
                new ActivityReport(VISITED_ON, null)));

        assertThatThrownBy(() -> a.app.in("NP", () -> a.audit.apply(Assurance.activityTask(AssuranceModel.RECORD_AUDIT,
                proposal, audit.id()), new ActivityReport(VISITED_ON, null))))
                .isInstanceOf(DomainException.class).hasMessage("This activity is already done");
    }

    @Test
    void anUnknownPriorityAnEmptyTextAndAMissingDueDateAreEachNamed() {
        assertThat(Steps.violations(new ActivityReport(VISITED_ON, List.of(new FindingEntry("URGENT", " ", null, null)))))
                .containsExactly("findings[0].dueOn: Give the day the finding is due",
                        "findings[0].priority: The priority is HIGH, MEDIUM or LOW",
                        "findings[0].text: Describe the finding");
        assertThat(Steps.violations(new ActivityReport(null, List.of())))
                .containsExactly("date: Give the day the activity took place");
        assertThat(Steps.violations(new FindingFollowUp(true, "", null)))
                .containsExactly("note: Say what was done about the finding");
    }
}
