package org.m4d.grants.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.tenancy.domain.ExchangeRate;
import org.m4d.grants.testing.InMemoryRates;
import org.m4d.grants.testing.UseCases;

/** Who reads and enters the dollar rates of which currency, and what an entry writes. */
class ExchangeRateServiceTest {

    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    private final UseCases app = new UseCases();
    private final ExchangeRateService service = app.exchangeRates;

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private static RateInput input(LocalDate on, String rate) {
        return new RateInput(on, new BigDecimal(rate));
    }

    @Test
    void financeEntersARateOfItsCountrysCurrencyWhichDecidesFromItsDate() {
        app.user.as("sn.finance", "SN", Role.FINANCE);

        ExchangeRate rate = service.record("XOF", input(JULY, "655.957"));

        assertThat(rate.recordedBy()).isEqualTo("sn.finance");
        assertThat(service.history("XOF").rates()).extracting(ExchangeRate::effectiveOn, ExchangeRate::rate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JULY, new BigDecimal("655.957000")),
                        org.assertj.core.groups.Tuple.tuple(InMemoryRates.SEEDED, new BigDecimal("600.000000")));
        assertThat(app.rates.port().rateOn("XOF", JULY.minusDays(1))).contains(new BigDecimal("600.000000"));
        assertThat(app.rates.port().rateOn("XOF", JULY)).contains(new BigDecimal("655.957000"));
    }

    @Test
    void pmuEntersRatesOfEveryCurrencyAndTheObserverReadsThemAll() {
        app.user.as("pmu", null, Role.PMU);
        service.record("NPR", input(JULY, "134"));
        service.record("BDT", input(JULY, "118"));

        app.user.as("observer", null, Role.OBSERVER);
        assertThat(service.currencies()).containsExactly("BDT", "NPR", "XOF");
        assertThat(service.maintained()).isEmpty();
        assertThat(service.history("BDT").rateOn(JULY)).contains(new BigDecimal("118.000000"));
        Throwable refused = catchThrowable(() -> service.record("NPR", input(JULY.plusDays(1), "135")));
        assertThat(refused).isExactlyInstanceOf(ForbiddenException.class);
        assertThat(service.history("NPR").rates()).hasSize(2);
    }

    @Test
    void financeOfAnotherCountryDoesNotFindTheCurrencyAndNothingIsWritten() {
        app.user.as("np.finance", "NP", Role.FINANCE);

        assertThat(service.currencies()).containsExactly("NPR");
        assertThat(catchThrowable(() -> service.record("XOF", input(JULY, "700"))))
                .isExactlyInstanceOf(NotFoundException.class).hasMessage("Currency not found");
        assertThat(catchThrowable(() -> service.history("XOF"))).isExactlyInstanceOf(NotFoundException.class);
        assertThat(app.rates.of("XOF")).hasSize(1);
        assertThat(app.denials).hasSize(2);
    }

    @Test
    void aMemberWithoutTheRoleIsForbiddenAndThePageRefusesThem() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);

        assertThat(catchThrowable(() -> service.record("NPR", input(JULY, "140"))))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThat(catchThrowable(() -> service.history("NPR"))).isExactlyInstanceOf(ForbiddenException.class);
        assertThat(service.currencies()).isEmpty();
        assertThat(catchThrowable(() -> app.in("NP", () -> service.currenciesOnPage())))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.rates.of("NPR")).hasSize(1);
    }

    @Test
    void aSecondRateOnTheSameDateIsAConflictAndTheFirstStays() {
        app.user.as("np.finance", "NP", Role.FINANCE);
        service.record("NPR", input(JULY, "134"));

        Throwable refused = catchThrowable(() -> service.record("NPR", input(JULY, "135")));

        assertThat(refused).isExactlyInstanceOf(ConflictException.class)
                .hasMessage("NPR already has a rate taking effect on 2026-07-01");
        assertThat(service.history("NPR").rateOn(JULY)).contains(new BigDecimal("134.000000"));
    }

    @Test
    void zeroOrNegativeRatesAreRefusedAndNothingIsWritten() {
        app.user.as("np.finance", "NP", Role.FINANCE);

        assertThat(catchThrowable(() -> service.record("NPR", input(JULY, "0"))))
                .isExactlyInstanceOf(DomainException.class)
                .hasMessage("A rate must be more than zero units of the currency per US dollar");
        assertThat(catchThrowable(() -> service.record("NPR", input(JULY, "-133.5"))))
                .isExactlyInstanceOf(DomainException.class)
                .hasMessage("A rate must be more than zero units of the currency per US dollar");
        assertThat(app.rates.of("NPR")).hasSize(1);
    }

    @Test
    void anUnknownCurrencyOrTheDollarIsNotFoundEvenForPmu() {
        app.user.as("pmu", null, Role.PMU);

        assertThat(catchThrowable(() -> service.record("EUR", input(JULY, "0.9"))))
                .isExactlyInstanceOf(NotFoundException.class).hasMessage("Currency not found");
        assertThat(catchThrowable(() -> service.record("USD", input(JULY, "1"))))
                .isExactlyInstanceOf(NotFoundException.class).hasMessage("Currency not found");
        assertThat(app.rates.of("EUR")).isEmpty();
        assertThat(app.rates.of("USD")).isEmpty();
    }
}
