package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.api.StrictJson;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;

/** The API's JSON binding makes a draft with or without a partner. */
class ProposalDraftJsonTest {

    private static ProposalDraft bound(String partner) {
        return StrictJson.jsonb().fromJson("{\"title\":\"Skills\",\"sector\":\"EDUCATION\","
                + "\"leadActor\":\"NATIONAL_INSTITUTION\",\"requestedAmount\":5" + partner + "}", ProposalDraft.class);
    }

    @Test
    void aDraftForAPartnerAndOneWithout() {
        assertThat(bound(",\"partnerId\":12")).isEqualTo(new ProposalDraft("Skills", Sector.EDUCATION,
                LeadActor.NATIONAL_INSTITUTION, new BigDecimal("5"), null, 12L, null, null));
        assertThat(bound("")).isEqualTo(new ProposalDraft("Skills", Sector.EDUCATION,
                LeadActor.NATIONAL_INSTITUTION, new BigDecimal("5"), null, null, null, null));
    }
}
