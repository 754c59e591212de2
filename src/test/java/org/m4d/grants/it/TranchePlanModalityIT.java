package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.workflow.domain.GrantLifecycle;
import org.m4d.grants.workflow.domain.HactTables;

/**
 * The partner's risk rating decides the tranche plan's modality, through the HACT table deployed in
 * the engine, on Payara Micro and PostgreSQL: a refused modality writes nothing and leaves the task
 * open; the task page offers only the allowed modalities.
 */
@ExtendWith(SharedApp.class)
class TranchePlanModalityIT {

    private static final Pattern OPTION = Pattern.compile("<option value=\"([A-Z_]+)\"");

    @AppUrl
    URL app;

    /** A Nepali proposal for the partner, approved in the country; its id. */
    private long approved(String title, Long partnerId) {
        long id = Slice.submittedProposal(app, "NP", title, "90000", "NATIONAL_INSTITUTION", partnerId);
        Slice.screen(app, "NP", id, "ACCEPT");
        Slice.reviewByBothAgencies(app, "NP", id, 4);
        Api.Reply approved = Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.APPROVE_GRANT, id,
                "{\"decision\":\"ACCEPT\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        return id;
    }

    private Api.Reply plan(long proposalId, String modality) {
        return Slice.complete(Api.as(app, "np.finance"), "NP", GrantLifecycle.SET_TRANCHE_PLAN, proposalId,
                "{\"modality\":\"" + modality + "\",\"percentages\":[60,40]}");
    }

    private static long tranches(long proposalId) {
        return Database.count("SELECT COUNT(*) FROM tranche t JOIN grant_agreement g ON g.id = t.grant_id "
                + "WHERE g.proposal_id = ?", proposalId);
    }

    private static String modality(long proposalId) {
        return Database.string("SELECT modality FROM grant_agreement WHERE proposal_id = ?", proposalId);
    }

    @Test
    void aHighRiskPartnerIsRefusedAnAdvanceAndPaidByReimbursement() {
        long id = approved("HACT high-risk partner", Fixtures.assessedPartner("NP", "HIGH"));
        String task = Slice.taskFor(Api.as(app, "np.finance"), "NP", GrantLifecycle.SET_TRANCHE_PLAN, id);

        String page = WebSession.signIn(app, "np.finance").get("app/task.xhtml?id=" + task).body();
        assertThat(options(page)).containsExactly("DIRECT_PAYMENT", "REIMBURSEMENT");
        assertThat(note(page)).isEqualTo(Formats.text(Locale.ENGLISH, "task.plan.allowed", RiskRating.HIGH,
                List.of(Modality.DIRECT_PAYMENT, Modality.REIMBURSEMENT)));

        Api.Reply advance = plan(id, "DIRECT_CASH_TRANSFER");
        assertThat(advance.status()).isEqualTo(422);
        assertThat(advance.contentType()).startsWith("application/problem+json");
        assertThat(advance.json().getString("detail")).isEqualTo("A partner rated HIGH may not be paid by "
                + "DIRECT_CASH_TRANSFER: the country's HACT table allows only DIRECT_PAYMENT, REIMBURSEMENT");
        assertThat(tranches(id)).isZero();
        assertThat(modality(id)).isNull();
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND action = 'TRANCHE_PLAN_SET'",
                id)).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM act_ru_task WHERE id_ = ?", task)).as("still open").isEqualTo(1);

        assertThat(plan(id, "REIMBURSEMENT").status()).isEqualTo(204);
        assertThat(modality(id)).isEqualTo("REIMBURSEMENT");
        assertThat(tranches(id)).isEqualTo(2);
    }

    @Test
    void aGrantWithoutPartnerCountsAsNotAssessed() {
        long id = approved("HACT grant without partner", null);
        Api.Reply advance = plan(id, "DIRECT_CASH_TRANSFER");
        assertThat(advance.status()).isEqualTo(422);
        assertThat(advance.json().getString("detail")).isEqualTo("A partner rated NOT_ASSESSED may not be paid by "
                + "DIRECT_CASH_TRANSFER: the country's HACT table allows only DIRECT_PAYMENT, REIMBURSEMENT");
        assertThat(tranches(id)).isZero();
        assertThat(plan(id, "DIRECT_PAYMENT").status()).isEqualTo(204);
        assertThat(modality(id)).isEqualTo("DIRECT_PAYMENT");
    }

    @Test
    void aLowRiskPartnerIsOfferedEveryModalityAndMayHaveAdvances() {
        long id = approved("HACT low-risk partner", Slice.lowRiskPartner("NP"));
        String task = Slice.taskFor(Api.as(app, "np.finance"), "NP", GrantLifecycle.SET_TRANCHE_PLAN, id);
        String page = WebSession.signIn(app, "np.finance").get("app/task.xhtml?id=" + task).body();
        assertThat(options(page)).containsExactly("DIRECT_CASH_TRANSFER", "DIRECT_PAYMENT", "REIMBURSEMENT");
        assertThat(note(page)).isEqualTo(Formats.text(Locale.ENGLISH, "task.plan.allAllowed", RiskRating.LOW));
        assertThat(plan(id, "DIRECT_CASH_TRANSFER").status()).isEqualTo(204);
        assertThat(modality(id)).isEqualTo("DIRECT_CASH_TRANSFER");
    }

    @Test
    void theEngineHoldsTheSharedTablesAndTunisiasOwnModalityTableOnly() {
        String tables = "SELECT COUNT(*) FROM act_re_decision_def WHERE key_ = ? AND ";
        assertThat(Database.count(tables + "tenant_id_ IS NULL", HactTables.MODALITIES)).isPositive();
        assertThat(Database.count(tables + "tenant_id_ IS NULL", HactTables.ASSURANCE_PLAN)).isPositive();
        assertThat(Database.count(tables + "tenant_id_ = 'TN'", HactTables.MODALITIES)).isPositive();
        assertThat(Database.count(tables + "tenant_id_ = 'TN'", HactTables.ASSURANCE_PLAN)).isZero();
        assertThat(Database.count(tables + "tenant_id_ = 'NP'", HactTables.MODALITIES)).isZero();
    }

    private static List<String> options(String page) {
        int start = page.indexOf("id=\"plan:modality\"");
        assertThat(start).as("the modality list on the page").isNotNegative();
        String select = page.substring(start, page.indexOf("</select>", start));
        Matcher option = OPTION.matcher(select);
        List<String> values = new ArrayList<>();
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    private static String note(String page) {
        Matcher note = Pattern.compile("<p id=\"modalityNote\">([^<]*)</p>").matcher(page);
        assertThat(note.find()).as("the modality note on the page").isTrue();
        return note.group(1).replace("&#39;", "'").replace("&amp;", "&");
    }
}
