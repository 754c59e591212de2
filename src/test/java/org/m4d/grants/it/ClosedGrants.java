package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** Grants driven through the API to their closing step, and closed with the practice they leave. */
final class ClosedGrants {

    private ClosedGrants() {
    }

    /** A single-tranche grant of the country's applicant, fully paid and its final report sent: waiting to be closed. */
    static long awaitingClosure(URL app, String tenant, String title) {
        long id = Slice.approvedGrant(app, tenant, title, "100000");
        String prefix = tenant.toLowerCase();
        Api finance = Api.as(app, prefix + ".finance");
        Api.Reply paid = finance.post("api/v1/tenants/" + tenant + "/proposals/" + id + "/grant/disbursements",
                "{\"amount\":100000,\"date\":\"" + LocalDate.now() + "\",\"reference\":\"" + title.hashCode() + "\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        Api.Reply released = Slice.complete(finance, tenant, GrantLifecycle.RELEASE_TRANCHE, id, "{}");
        assertThat(released.status()).as(released.body()).isEqualTo(204);
        Api.Reply reported = Slice.complete(Api.as(app, prefix + ".applicant"), tenant,
                GrantLifecycle.SUBMIT_FINAL_REPORT, id, "{\"narrative\":\"Every school enrolled its migrant pupils\","
                        + "\"beneficiariesReached\":340,\"periodStart\":\"2026-01-01\",\"periodEnd\":\"" + LocalDate.now()
                        + "\",\"expenditure\":100000,\"indicatorActuals\":[]}");
        assertThat(reported.status()).as(reported.body()).isEqualTo(204);
        return id;
    }

    /** The coordinator's closing payload. */
    static String closing(String summary, String lessons) {
        return "{\"note\":\"Closed\",\"summary\":\"" + summary + "\",\"lessons\":\"" + lessons + "\"}";
    }

    /** A grant closed with its practice; returns the practice's id. */
    static long closedWithPractice(URL app, String tenant, String title, String summary, String lessons) {
        long id = awaitingClosure(app, tenant, title);
        Api.Reply closed = Slice.complete(Api.as(app, tenant.toLowerCase() + ".coordinator"), tenant,
                GrantLifecycle.CLOSE_GRANT, id, closing(summary, lessons));
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        return practiceOf(id);
    }

    static long practiceOf(long proposalId) {
        return Long.parseLong(Database.string("SELECT id FROM practice WHERE proposal_id = ?",
                proposalId));
    }
}
