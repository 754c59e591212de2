package org.m4d.grants.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;

/** A call's window, its countries and envelopes, and the envelope arithmetic in dollars. */
class CallTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 4, 30);
    private static final Set<String> ELIGIBLE = Set.of("NP", "SN");

    private static Call call(Map<String, BigDecimal> envelopes) {
        return Call.open("M4D-III", " Scale-up 2026 ", OPENS, CLOSES, envelopes, ELIGIBLE, "pmu", Instant.EPOCH);
    }

    private static Call nepal() {
        return call(Map.of("NP", new BigDecimal("250000")));
    }

    @Test
    void isOpenFromItsFirstToItsLastDayIncluded() {
        Call call = nepal();

        assertThat(call.isOpenOn(OPENS.minusDays(1))).isFalse();
        assertThat(call.isOpenOn(OPENS)).isTrue();
        assertThat(call.isOpenOn(CLOSES)).isTrue();
        assertThat(call.isOpenOn(CLOSES.plusDays(1))).isFalse();
    }

    @Test
    void aProposalAfterTheCloseIsRefusedWithTheDate() {
        Call call = nepal();

        call.requireOpenFor("NP", CLOSES);
        assertThatThrownBy(() -> call.requireOpenFor("NP", CLOSES.plusDays(1))).isInstanceOf(DomainException.class)
                .hasMessage("The call \"Scale-up 2026\" closed on 2026-04-30");
        assertThatThrownBy(() -> call.requireOpenFor("NP", OPENS.minusDays(1))).isInstanceOf(DomainException.class)
                .hasMessage("The call \"Scale-up 2026\" opens on 2026-03-01");
        assertThatThrownBy(() -> call.requireOpenFor("SN", OPENS)).isInstanceOf(DomainException.class)
                .hasMessage("The call \"Scale-up 2026\" does not cover SN");
    }

    @Test
    void coversSeveralCountriesEachWithItsEnvelopeInDollarsAndCents() {
        Map<String, BigDecimal> envelopes = new LinkedHashMap<>();
        envelopes.put("NP", new BigDecimal("250000"));
        envelopes.put("SN", new BigDecimal("0.5"));
        Call call = call(envelopes);

        assertThat(call.title()).isEqualTo("Scale-up 2026");
        assertThat(call.envelopeOf("NP").orElseThrow().amountUsd()).isEqualByComparingTo("250000").hasScaleOf(2);
        assertThat(call.envelopeOf("SN").orElseThrow().amountUsd()).hasToString("0.50");
        assertThat(call.covers("BD")).isFalse();
        assertThat(call.isOpenOn(OPENS)).isTrue();
    }

    @Test
    void refusesAClosePrecedingTheOpening() {
        assertThatThrownBy(() -> Call.open("M4D-III", "Reversed", CLOSES, OPENS, Map.of("NP", BigDecimal.TEN), ELIGIBLE,
                "pmu", Instant.EPOCH)).isInstanceOf(DomainException.class)
                .hasMessage("The call closes (2026-03-01) before it opens (2026-04-30)");
        // a call of one day is open that day
        assertThat(Call.open("M4D-III", "One day", OPENS, OPENS, Map.of("NP", BigDecimal.TEN), ELIGIBLE, "pmu",
                Instant.EPOCH).isOpenOn(OPENS)).isTrue();
    }

    @Test
    void refusesAnEnvelopeBelowZeroOrWithFractionsOfACentAndACountryOutsideThePhase() {
        assertThatThrownBy(() -> call(Map.of("NP", new BigDecimal("-0.01")))).isInstanceOf(DomainException.class)
                .hasMessage("The envelope of NP must be zero or more US dollars");
        assertThatThrownBy(() -> call(Map.of("NP", new BigDecimal("10.001")))).isInstanceOf(DomainException.class)
                .hasMessage("The envelope of NP has more than two decimals");
        assertThatThrownBy(() -> call(Map.of("BD", BigDecimal.TEN))).isInstanceOf(DomainException.class)
                .hasMessage("BD is not eligible for grants in the phase");
        assertThatThrownBy(() -> call(Map.of())).isInstanceOf(DomainException.class)
                .hasMessage("A call covers at least one country");
        assertThat(call(Map.of("NP", BigDecimal.ZERO)).envelopeOf("NP").orElseThrow().amountUsd()).hasToString("0.00");
    }

    @Test
    void amountsCountInDollarsAtTheRatesOfTheirOwnDates() {
        // a grant approved at 133.5 NPR per USD, another request submitted when the rate was 140
        BigDecimal approved = EnvelopeUse.usd(new BigDecimal("1335000.00"), new BigDecimal("133.5"));
        BigDecimal requested = EnvelopeUse.usd(new BigDecimal("1400000.00"), new BigDecimal("140"));
        assertThat(approved).hasToString("10000.00");
        assertThat(requested).hasToString("10000.00");

        EnvelopeUse use = new EnvelopeUse(new BigDecimal("20000.00"), approved);
        assertThat(use.remainingUsd()).hasToString("10000.00");
        assertThat(use.exceededBy(requested)).as("exactly the envelope").isFalse();
        assertThat(use.exceededBy(requested.add(new BigDecimal("0.01")))).as("a cent beyond").isTrue();
        // the same local amount at the earlier rate would have been less than the envelope left
        assertThat(EnvelopeUse.usd(new BigDecimal("1400000.00"), new BigDecimal("133.5"))).hasToString("10486.89");
        assertThat(new EnvelopeUse(null, approved).exceededBy(new BigDecimal("1000000"))).as("no envelope").isFalse();
        assertThat(new EnvelopeUse(null, approved).remainingUsd()).isNull();
        assertThat(new EnvelopeUse(new BigDecimal("5000.00"), approved).remainingUsd()).hasToString("-5000.00");
    }
}
