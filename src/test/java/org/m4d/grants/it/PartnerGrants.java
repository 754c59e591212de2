package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** Partners of Nepal and their approved grants, made through the API for the assurance tests. */
final class PartnerGrants {

    private PartnerGrants() {
    }

    /**
     * A partner of Nepal assessed today as of significant risk: a visit and a spot check a year while its
     * cash stays small, and advances allowed.
     */
    static long significantPartner(URL app, String name) {
        Api coordinator = Api.as(app, "np.coordinator");
        Api.Reply created = coordinator.post("api/v1/tenants/NP/partners",
                "{\"name\":\"" + name + "\",\"type\":\"NGO_CSO\",\"vendorNumber\":\"V-" + name.hashCode() + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply assessed = coordinator.post("api/v1/tenants/NP/partners/" + id + "/assessments",
                "{\"rating\":\"SIGNIFICANT\",\"assessedOn\":\"" + LocalDate.now() + "\",\"assessor\":\"Audit firm\"}");
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(201);
        return id;
    }

    /** The partner's grant of NPR 200,000, approved in Nepal, in one tranche paid as an advance, open. */
    static long grantOf(URL app, long partner, String title) {
        Api applicant = Api.as(app, "np.applicant");
        Api.Reply created = applicant.post("api/v1/tenants/NP/proposals", "{\"title\":\"" + title
                + "\",\"sector\":\"EDUCATION\",\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":200000,"
                + "\"partnerId\":" + partner + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(applicant.post("api/v1/tenants/NP/proposals/" + id + "/submit", null).status()).isEqualTo(200);
        Slice.screen(app, "NP", id, "ACCEPT");
        Slice.reviewByBothAgencies(app, "NP", id, 4);
        assertThat(Slice.complete(Api.as(app, "np.coordinator"), "NP", GrantLifecycle.APPROVE_GRANT, id,
                "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(204);
        Api.Reply planned = Slice.complete(Api.as(app, "np.finance"), "NP", GrantLifecycle.SET_TRANCHE_PLAN, id,
                "{\"modality\":\"DIRECT_CASH_TRANSFER\",\"percentages\":[100]}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(204);
        Slice.advanceAuthorised(app, "NP", id);
        return id;
    }
}
