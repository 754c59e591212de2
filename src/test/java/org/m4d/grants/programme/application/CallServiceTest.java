package org.m4d.grants.programme.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.programme.domain.CallSection;
import org.m4d.grants.programme.domain.SectionKey;
import org.m4d.grants.testing.FixedProgramme;
import org.m4d.grants.testing.InMemoryCalls;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;

/** pmu opens calls for any countries, a coordinator for their own; each country reads its own envelope. */
class CallServiceTest {

    private final UseCases app = new UseCases();
    private final InMemoryCalls calls = new InMemoryCalls();
    private final CallService service = Wiring.wire(new CallService(), calls, FixedProgramme.ofTests(), app.user,
            app.access, app.context);

    CallServiceTest() {
        service.clock = Clock.fixed(Instant.parse("2026-03-15T00:00:00Z"), ZoneOffset.UTC);
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private static CallInput input(String opens, String closes, CallInput.Envelope... envelopes) {
        return new CallInput("TEST-PHASE", "Spring call", LocalDate.parse(opens), LocalDate.parse(closes),
                List.of(envelopes), null, null, null, null);
    }

    private static CallInput.Envelope envelope(String country, String usd) {
        return new CallInput.Envelope(country, new BigDecimal(usd));
    }

    @Test
    void pmuOpensACallForSeveralCountriesAndEachReadsOnlyItsEnvelope() {
        app.user.as("pmu", null, Role.PMU);
        long id = app.in("NP", () -> service.open(input("2026-03-01", "2026-04-30", envelope("NP", "250000"),
                envelope("sn", "120000.5"))));

        Call call = calls.find(id).orElseThrow();
        assertThat(call.openedBy()).isEqualTo("pmu");
        assertThat(call.envelopes()).extracting(e -> e.country() + " " + e.amountUsd())
                .containsExactly("NP 250000.00", "SN 120000.50");
        app.user.as("sn.applicant", "SN", Role.APPLICANT);
        assertThat(app.in("SN", () -> service.open())).extracting(Call::id).contains(id, 1L);
        assertThat(app.in("SN", () -> service.call(id)).title()).isEqualTo("Spring call");
    }

    @Test
    void aCoordinatorOpensACallForTheirCountryOnlyAndARefusalWritesNothing() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        long id = app.in("NP", () -> service.open(input("2026-03-01", "2026-04-30", envelope("NP", "50000"))));
        assertThat(calls.find(id)).isPresent();

        assertThatThrownBy(() -> app.in("NP", () -> service.open(input("2026-03-01", "2026-04-30",
                envelope("NP", "50000"), envelope("SN", "1"))))).isExactlyInstanceOf(NotFoundException.class);
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        assertThatThrownBy(() -> app.in("NP", () -> service.open(input("2026-03-01", "2026-04-30",
                envelope("NP", "50000"))))).isExactlyInstanceOf(ForbiddenException.class);
        assertThat(calls.all()).hasSize(2);
    }

    @Test
    void aCloseBeforeTheOpeningOrAnEnvelopeBelowZeroIsRefusedAndNothingIsWritten() {
        app.user.as("pmu", null, Role.PMU);

        assertThatThrownBy(() -> app.in("NP", () -> service.open(input("2026-04-30", "2026-03-01",
                envelope("NP", "1"))))).isExactlyInstanceOf(DomainException.class)
                .hasMessage("The call closes (2026-03-01) before it opens (2026-04-30)");
        assertThatThrownBy(() -> app.in("NP", () -> service.open(input("2026-03-01", "2026-04-30",
                envelope("NP", "-1"))))).isExactlyInstanceOf(DomainException.class)
                .hasMessage("The envelope of NP must be zero or more US dollars");
        assertThatThrownBy(() -> app.in("NP", () -> service.open(input("2026-03-01", "2026-04-30",
                envelope("SN", "1"))))).isExactlyInstanceOf(DomainException.class)
                .hasMessage("The call must cover NP");
        assertThat(calls.all()).extracting(Call::id).containsExactly(1L);
    }

    @Test
    void anApplicantReadsOnlyTheOpenCallsOfTheirCountryACoordinatorEveryOne() {
        app.user.as("pmu", null, Role.PMU);
        long spring = app.in("NP", () -> service.open(input("2026-03-01", "2026-04-30", envelope("NP", "1"))));
        long autumn = app.in("NP", () -> service.open(input("2026-09-01", "2026-10-31", envelope("NP", "1"))));
        long senegal = app.in("SN", () -> service.open(input("2026-03-01", "2026-04-30", envelope("SN", "1"))));

        app.user.as("np.applicant", "NP", Role.APPLICANT);
        assertThat(app.in("NP", () -> service.list())).extracting(Call::id).containsExactlyInAnyOrder(spring, 1L);
        assertThatThrownBy(() -> app.in("NP", () -> service.call(autumn))).isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.in("NP", () -> service.call(senegal))).isExactlyInstanceOf(NotFoundException.class);
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThat(app.in("NP", () -> service.list())).extracting(Call::id)
                .containsExactlyInAnyOrder(spring, autumn, 1L);
        assertThatThrownBy(() -> app.in("NP", () -> service.call(senegal))).isExactlyInstanceOf(NotFoundException.class);
    }

    private static CallInput withForm(List<CallInput.Section> sections, String shortFormUnder) {
        return new CallInput("TEST-PHASE", "Spring call", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-30"),
                List.of(envelope("NP", "1000")), sections, shortFormUnder == null ? null : new BigDecimal(shortFormUnder),
                2, 1);
    }

    @Test
    void aCallWithoutSectionsAsksTheWholeLibraryInTheThreeLanguagesWithTheSummaryRequired() {
        app.user.as("pmu", null, Role.PMU);
        long id = app.in("NP", () -> service.open(input("2026-03-01", "2026-04-30", envelope("NP", "1"))));

        Call call = calls.find(id).orElseThrow();
        assertThat(call.sections()).extracting(CallSection::code).containsExactly("SUMMARY", "INITIATIVE", "SCALE_UP",
                "PARTNERS", "GENDER_INCLUSION", "RISKS", "SUSTAINABILITY");
        assertThat(call.sections()).filteredOn(CallSection::required).extracting(CallSection::code)
                .containsExactly("SUMMARY");
        assertThat(call.sections(true)).extracting(CallSection::code).containsExactly("SUMMARY", "INITIATIVE", "SCALE_UP");
        CallSection summary = call.sections().get(0);
        assertThat(summary.wordLimit()).isEqualTo(CallService.SUMMARY_WORDS);
        assertThat(summary.question().en())
                .isEqualTo("Summarise the proposal: what it will do, where, with whom and for whom.");
        assertThat(summary.question().fr())
                .isEqualTo("Résumez la proposition : ce qu'elle fera, où, avec qui et pour qui.");
        assertThat(summary.question().es()).isEqualTo("Resuma la propuesta: qué hará, dónde, con quién y para quién.");
        assertThat(call.sections().get(5).wordLimit()).isEqualTo(CallService.SECTION_WORDS);
        assertThat(call.shortFormUnderUsd()).isEmpty();
        assertThat(call.filesRequired(false)).isZero();
    }

    @Test
    void aCallAsksItsOwnSectionsALibraryOneKeepingTheLibrarysTextInALanguageNotGiven() {
        app.user.as("pmu", null, Role.PMU);
        long id = app.in("NP", () -> service.open(withForm(List.of(
                new CallInput.Section(SectionKey.RISKS, "What could go wrong?", null, null, null, null, null, true, 200,
                        false),
                new CallInput.Section(null, "Budget notes?", "Notes sur le budget ?", "¿Notas del presupuesto?",
                        "Optional", null, null, false, 150, true)), "50000")));

        Call call = calls.find(id).orElseThrow();
        assertThat(call.sections()).extracting(s -> s.code() + " " + s.question().en() + " | " + s.question().fr()
                + " | " + s.wordLimit() + " " + s.required() + " " + s.shortForm())
                .containsExactly("RISKS What could go wrong? | Quels sont les principaux risques, et comment seront-ils"
                        + " atténués ? | 200 true false", "FREE_2 Budget notes? | Notes sur le budget ? | 150 false true");
        assertThat(call.shortFormUnderUsd()).contains(new BigDecimal("50000.00"));
        assertThat(call.filesRequired(false)).isEqualTo(2);
        assertThat(call.filesRequired(true)).isEqualTo(1);
    }

    @Test
    void aWordLimitOfZeroOrAFreeSectionWithoutItsQuestionIsRefusedAndNothingIsWritten() {
        app.user.as("pmu", null, Role.PMU);

        Throwable zero = org.assertj.core.api.Assertions.catchThrowable(() -> app.in("NP", () -> service.open(withForm(
                List.of(new CallInput.Section(SectionKey.SUMMARY, null, null, null, null, null, null, true, 0, true)),
                null))));
        Throwable empty = org.assertj.core.api.Assertions.catchThrowable(() -> app.in("NP", () -> service.open(withForm(
                List.of(new CallInput.Section(SectionKey.SUMMARY, null, null, null, null, null, null, true, 100, true),
                        new CallInput.Section(null, "", "", "", null, null, null, false, 100, false)), null))));

        assertThat(zero).isExactlyInstanceOf(DomainException.class)
                .hasMessage("The word limit of section 1 must be 1 to 10000, not 0");
        assertThat(empty).isExactlyInstanceOf(DomainException.class)
                .hasMessage("Section 2 needs its question in English, French and Spanish");
        assertThat(calls.all()).extracting(Call::id).containsExactly(1L);
    }
}
