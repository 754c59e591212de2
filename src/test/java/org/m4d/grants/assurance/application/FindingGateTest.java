package org.m4d.grants.assurance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.m4d.grants.assurance.application.Assurance.PARTNER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.grant.application.ReleaseBlock;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.workflow.application.AssurancePlan;
import org.m4d.grants.workflow.domain.AssuranceModel;

/**
 * The second gate: an open high-priority finding on a partner stops every payment of its grants,
 * naming the finding and its due date, until a coordinator closes it.
 */
class FindingGateTest {

    private static final LocalDate CHECKED_ON = LocalDate.of(2026, 3, 10);

    private final Assurance a = new Assurance();
    private final long proposal = a.grant("Diaspora savings groups", PARTNER);

    @AfterEach
    void leaveTheCountry() {
        a.app.context.clear();
    }

    /** Finance's spot check of the partner's year, recorded with one finding; returns the finding. */
    private Finding spotCheckFinds(long partner, String priority, String text) {
        a.plan = new AssurancePlan(0, 1, false);
        a.app.user.as("np.finance", "NP", Role.FINANCE);
        AssuranceActivity check = a.app.in("NP", () -> a.planning.plan(partner, 2026)).activities().get(0);
        a.app.in("NP", () -> a.spotCheck.apply(Assurance.activityTask(AssuranceModel.CONDUCT_SPOT_CHECK,
                check.proposalId(), check.id()), new ActivityReport(CHECKED_ON, List.of(new FindingEntry(priority,
                text, "Keep receipts with each payment voucher", LocalDate.of(2026, 4, 30))))));
        return a.app.in("NP", () -> a.rows.findings(check.id())).get(0);
    }

    private List<Disbursement> ledger() {
        return a.app.in("NP", () -> a.app.grantRows.ledger(a.app.grantRows.findByProposal(proposal).orElseThrow()));
    }

    @Test
    void anOpenHighFindingRefusesThePaymentNamingItAndItsDueDateAndNothingIsRecorded() {
        spotCheckFinds(PARTNER, "HIGH", "Cash book not reconciled since January");

        assertThat(a.app.in("NP", () -> a.gate.blocks(proposal))).containsExactly(new ReleaseBlock(
                "error.release.openFinding", "The high-priority finding \"Cash book not reconciled since January\""
                + " (due 2026-04-30) is open: no payment to this partner until it is closed",
                List.of("Cash book not reconciled since January", LocalDate.of(2026, 4, 30))));
        assertThatThrownBy(() -> a.pay(proposal, "100000", LocalDate.of(2026, 3, 12), "PAY-1"))
                .isInstanceOf(DomainException.class)
                .hasMessage("The high-priority finding \"Cash book not reconciled since January\" (due 2026-04-30)"
                        + " is open: no payment to this partner until it is closed");
        assertThat(ledger()).isEmpty();
    }

    @Test
    void closingTheFindingLiftsTheGateAndThePaymentGoesThrough() {
        Finding finding = spotCheckFinds(PARTNER, "HIGH", "Cash book not reconciled since January");
        a.app.user.as("np.coordinator", "NP", Role.COORDINATOR);

        Map<String, Object> done = a.app.in("NP", () -> a.followUp.apply(Assurance.findingTask(proposal, finding.id()),
                new FindingFollowUp(true, "Reconciled up to March, checked on site", null)));

        assertThat(done).containsExactly(Map.entry(AssuranceModel.VAR_FINDING_CLOSED, true));
        assertThat(finding.status()).isEqualTo(Finding.Status.CLOSED);
        assertThat(finding.closedBy()).isEqualTo("np.coordinator");
        assertThat(finding.followUp()).isEqualTo("Reconciled up to March, checked on site");
        assertThat(a.app.in("NP", () -> a.gate.blocks(proposal))).isEmpty();
        a.pay(proposal, "100000", LocalDate.of(2026, 3, 12), "PAY-1");
        assertThat(ledger()).extracting(Disbursement::reference).containsExactly("PAY-1");
        assertThat(a.app.in("NP", () -> a.app.actionsOn(proposal))).contains("FINDING_CLOSED");
    }

    @Test
    void aMediumFindingOrOneOnAnotherPartnerStopsNothing() {
        spotCheckFinds(PARTNER, "MEDIUM", "Two vouchers unsigned");
        long other = a.grant("Migrant workers' skills", Assurance.OTHER_PARTNER);
        spotCheckFinds(Assurance.OTHER_PARTNER, "HIGH", "Bank account in a director's name");

        assertThat(a.app.in("NP", () -> a.gate.blocks(proposal))).isEmpty();
        assertThat(a.app.in("NP", () -> a.gate.blocks(other))).hasSize(1);
        a.pay(proposal, "100000", LocalDate.of(2026, 3, 12), "PAY-1");
        assertThat(ledger()).hasSize(1);
    }

    @Test
    void aRescheduledHighFindingStillBlocksAndMovesOnlyLater() {
        Finding finding = spotCheckFinds(PARTNER, "HIGH", "Cash book not reconciled since January");
        a.app.user.as("np.coordinator", "NP", Role.COORDINATOR);

        assertThatThrownBy(() -> a.app.in("NP", () -> a.followUp.apply(Assurance.findingTask(proposal, finding.id()),
                new FindingFollowUp(false, "Needs more time", LocalDate.of(2026, 4, 1)))))
                .isInstanceOf(DomainException.class).hasMessage("A new due date must be later than 2026-04-30");
        Map<String, Object> done = a.app.in("NP", () -> a.followUp.apply(Assurance.findingTask(proposal, finding.id()),
                new FindingFollowUp(false, "Accountant recruited, reconciliation in May", LocalDate.of(2026, 5, 31))));

        assertThat(done).containsExactly(Map.entry(AssuranceModel.VAR_FINDING_CLOSED, false));
        assertThat(finding.dueOn()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(a.app.in("NP", () -> a.gate.blocks(proposal))).extracting(ReleaseBlock::args)
                .containsExactly(List.of("Cash book not reconciled since January", LocalDate.of(2026, 5, 31)));
        assertThat(a.app.in("NP", () -> a.steps.findingDue(finding.id()))).isEqualTo(LocalDate.of(2026, 5, 31));
    }
}
