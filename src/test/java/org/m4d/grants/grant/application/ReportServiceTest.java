package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.testing.UseCases;

/**
 * What the report use case keeps besides the steps (their rules are in the handlers' tests): an
 * overdue report is audited. Nepal's grant of NPR 1,500,000 with NPR 500,000
 * disbursed from its first tranche of 60%.
 */
class ReportServiceTest {

    private final UseCases app = new UseCases();
    private final ReportService service = app.reports;
    private final long proposal;

    ReportServiceTest() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        proposal = app.in("NP", () -> app.draft("Remittances for rural clinics", LeadActor.OTHER, "1500000"));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.approve(proposal));
        app.user.as("np.finance", "NP", Role.FINANCE);
        app.in("NP", () -> {
            app.grants.createAgreement(proposal, "np.coordinator");
            grant().plan(Modality.DIRECT_PAYMENT, List.of(new BigDecimal("60"), new BigDecimal("40")))
                    .forEach(app.grantRows::store);
            app.grants.openTranche(proposal, 1);
            app.grants.disburse(proposal, new DisbursementEntry(new BigDecimal("500000"), LocalDate.of(2026, 3, 2),
                    "PAY-1"), null);
        });
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private GrantAgreement grant() {
        return app.grantRows.findByProposal(proposal).orElseThrow();
    }

    @Test
    void anOverdueReportIsAuditedAsTheSystem() {
        app.in("NP", () -> service.recordReportOverdue(proposal, 2));

        assertThat(app.in("NP", () -> app.lastEntryOn(proposal))).extracting(AuditEntry::actor, AuditEntry::action,
                AuditEntry::detail).containsExactly("system", "REPORT_OVERDUE",
                "Reports for tranche 2 are overdue; the applicant was reminded");
    }
}
