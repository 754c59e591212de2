package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.testing.UseCases;

/**
 * Nepal's envelope of a call against its proposals: a grant of 1,335,000 NPR approved at 133.5 per
 * USD (USD 10,000.00), then a request of 1,000,000 NPR submitted once the rate is 100 (USD 10,000.00).
 */
class CallEnvelopesTest {

    private final UseCases app = new UseCases();

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private long call(String envelopeUsd) {
        Call call = Call.open("TEST-PHASE", "Scale-up", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31),
                Map.of("NP", new BigDecimal(envelopeUsd)), Set.of("NP", "SN"), "pmu", Instant.EPOCH);
        app.callRows.add(call);
        return call.id();
    }

    private long submitted(long call, String amount) {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        return app.in("NP", () -> {
            long id = app.proposals.create(new ProposalDraft("Clinic " + amount, Sector.HEALTH, LeadActor.OTHER,
                    new BigDecimal(amount), null, null, call, null));
            app.proposals.submit(id);
            return id;
        });
    }

    private long approvedFirstThenRateMoves(long call) {
        long first = submitted(call, "1335000");
        app.in("NP", () -> {
            app.approve(first);
            app.grants.createAgreement(first, "np.coordinator");
        });
        app.rates.add("NPR", LocalDate.now(ZoneOffset.UTC).minusDays(1), "100");
        return first;
    }

    @Test
    void aRequestThatWouldTakeTheApprovedPastTheEnvelopeIsBeyondIt() {
        long call = call("19999.99");
        approvedFirstThenRateMoves(call);
        long second = submitted(call, "1000000");

        assertThat(app.in("NP", () -> app.envelopes.beyondEnvelope(second))).isTrue();
        CallEnvelopes.Figures figures = app.in("NP", () -> app.envelopes.figures(call));
        System.out.printf("Envelope USD %s: requested %s, approved %s, disbursed %s, left %s%n", figures.envelopeUsd(),
                figures.requestedUsd(), figures.approvedUsd(), figures.disbursedUsd(), figures.remainingUsd());
        assertThat(figures.requestedUsd()).hasToString("20000.00");
        assertThat(figures.approvedUsd()).hasToString("10000.00");
        assertThat(figures.disbursedUsd()).hasToString("0.00");
        assertThat(figures.remainingUsd()).hasToString("9999.99");
    }

    @Test
    void aRequestThatFillsTheEnvelopeExactlyIsWithinIt() {
        long call = call("20000");
        long first = approvedFirstThenRateMoves(call);
        long second = submitted(call, "1000000");

        assertThat(app.in("NP", () -> app.envelopes.beyondEnvelope(second))).isFalse();
        assertThat(app.in("NP", () -> app.envelopes.beyondEnvelope(first))).as("its own grant is not counted twice")
                .isFalse();
        // an amendment of the first grant to a new total is measured against the others' approved (none yet)
        assertThat(app.in("NP", () -> app.envelopes.beyondEnvelope(first, new BigDecimal("20000.00")))).isFalse();
        assertThat(app.in("NP", () -> app.envelopes.beyondEnvelope(first, new BigDecimal("20000.01")))).isTrue();
    }

    @Test
    void theStandingCallHasNoEnvelopeToGoBeyond() {
        long standing = submitted(1L, "50000000");

        assertThat(app.in("NP", () -> app.proposal(standing)).callId()).isEqualTo(1L);
        assertThat(app.in("NP", () -> app.envelopes.beyondEnvelope(standing))).isFalse();
        assertThat(app.in("NP", () -> app.envelopes.figures(1L)).envelopeUsd()).isNull();
    }
}
