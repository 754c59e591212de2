package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.application.PartnerInput;
import org.m4d.grants.partner.domain.PartnerType;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.LookAlikeRules.Match;
import org.m4d.grants.proposal.domain.LookAlikeRules.Reason;
import org.m4d.grants.proposal.domain.Place;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;

/** Duplicate screening (docs/adr/0036) on repositories in memory: who may ask, what is compared, never another country. */
class LookAlikeScreeningTest {

    private final UseCases app = new UseCases();
    private final Map<Long, String> summaryOf = new java.util.HashMap<>();
    private final LookAlikeScreening screening = Wiring.wire(new LookAlikeScreening(), app.access, app.proposalRows,
            (ProposalSummaries) id -> Optional.ofNullable(summaryOf.get(id)), app.calls);

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private long partner(String tenant, String name) {
        app.user.as(tenant.toLowerCase() + ".coordinator", tenant, Role.COORDINATOR);
        return app.in(tenant, () -> app.partners.create(new PartnerInput(name, PartnerType.NGO_CSO, null, null, null,
                null, null)));
    }

    private long proposal(String tenant, String title, Long partner, List<PlaceInput> places, boolean submit) {
        app.user.as(tenant.toLowerCase() + ".applicant", tenant, Role.APPLICANT);
        return app.in(tenant, () -> {
            long id = app.proposals.create(new ProposalDraft(title, Sector.EDUCATION, LeadActor.OTHER,
                    new BigDecimal("1000"), null, partner, null, places));
            if (submit) {
                app.proposals.submit(id);
            }
            return id;
        });
    }

    private List<LookAlikeScreening.LookAlike> asCoordinator(String tenant, long id) {
        app.user.as(tenant.toLowerCase() + ".coordinator", tenant, Role.COORDINATOR);
        return app.in(tenant, () -> screening.of(id));
    }

    @Test
    void theCountrysProposalsThatLookAlikeAreListedWithTheirReasonsMostReasonsFirst() {
        long partner = partner("NP", "Nepal Youth Network");
        long other = partner("NP", "Hill Farmers");
        List<PlaceInput> kirtipur = List.of(new PlaceInput("Bagmati", "Kirtipur"));
        long subject = proposal("NP", "Youth skills training in Kirtipur", partner, kirtipur, true);
        long samePartner = proposal("NP", "Solar water pumps for hill farms", partner, List.of(), true);
        long twin = proposal("NP", "Youth skill training for Kirtipur", other, List.of(new PlaceInput("BAGMATI ", "kirtipur")), true);
        proposal("NP", "Market stalls for women vendors", other, List.of(new PlaceInput("Koshi", "Biratnagar")), true);
        proposal("NP", "Youth skills training in Kirtipur", partner, kirtipur, false);

        List<LookAlikeScreening.LookAlike> alike = asCoordinator("NP", subject);

        assertThat(alike).extracting(a -> a.proposal().id()).containsExactly(twin, samePartner);
        assertThat(alike.get(0).reasons()).containsExactly(
                new Match(Reason.SIMILAR_TITLE, 82, List.of(), null, null),
                new Match(Reason.OVERLAPPING_PLACES, null, List.of(new Place("BAGMATI", "kirtipur")), null, null));
        assertThat(alike.get(1).reasons()).containsExactly(new Match(Reason.SAME_PARTNER, null, List.of(), null, null));
        assertThat(alike.get(0).call().title()).isNotBlank();
    }

    @Test
    void summariesAreComparedOnlyWhenBothProposalsHaveOne() {
        long subject = proposal("NP", "Clinics in the hills", null, null, true);
        long alikeSummary = proposal("NP", "Roads to markets", null, null, true);
        long noSummary = proposal("NP", "Solar pumps for farms", null, null, true);
        summaryOf.put(subject, "Mobile clinics reach returnee families in the hills every month");
        summaryOf.put(alikeSummary, "Mobile clinics reach returnee families in the hill districts each month");

        List<LookAlikeScreening.LookAlike> alike = asCoordinator("NP", subject);

        assertThat(alike).extracting(a -> a.proposal().id()).containsExactly(alikeSummary);
        assertThat(alike.get(0).reasons()).extracting(Match::reason).containsExactly(Reason.SIMILAR_SUMMARY);
        assertThat(alike).extracting(a -> a.proposal().id()).doesNotContain(noSummary);
    }

    @Test
    void anotherCountrysTwinIsNeverListedNorIsAWithdrawnProposal() {
        List<PlaceInput> kirtipur = List.of(new PlaceInput("Bagmati", "Kirtipur"));
        long subject = proposal("NP", "Youth skills training in Kirtipur", null, kirtipur, true);
        proposal("SN", "Youth skills training in Kirtipur", null, kirtipur, true);
        long withdrawn = proposal("NP", "Youth skills training in Kirtipur", null, kirtipur, true);
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        app.in("NP", () -> app.proposals.withdraw(withdrawn, "Made twice"));

        assertThat(asCoordinator("NP", subject)).isEmpty();
    }

    @Test
    void theProgrammeUnitMayAskAndAnApplicantOrAReviewerMayNot() {
        long subject = proposal("NP", "Youth skills training in Kirtipur", null, null, true);
        long twin = proposal("NP", "Youth skills training in Kirtipur!", null, null, true);

        app.user.as("pmu", "NP", Role.PMU);
        assertThat(app.in("NP", () -> screening.of(subject))).extracting(a -> a.proposal().id()).containsExactly(twin);
        for (Role role : List.of(Role.APPLICANT, Role.REVIEWER, Role.FINANCE, Role.OBSERVER, Role.NATIONAL_FOCAL_POINT)) {
            app.user.as("np.someone", "NP", role);
            assertThat(catchThrowable(() -> app.in("NP", () -> screening.of(subject)))).as(role.name())
                    .isExactlyInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void aProposalOfAnotherCountryIsNotFoundAndACountryTheUserIsNotInNeither() {
        long nepali = proposal("NP", "Youth skills training in Kirtipur", null, null, true);

        app.user.as("sn.coordinator", "SN", Role.COORDINATOR);
        assertThat(catchThrowable(() -> app.in("SN", () -> screening.of(nepali))))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> app.in("NP", () -> screening.of(nepali))))
                .isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void badPlacesAreRefusedAndNothingIsWritten() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        Throwable refused = catchThrowable(() -> proposal("NP", "Youth skills training in Kirtipur", null,
                List.of(new PlaceInput("Bagmati", " ")), false));

        assertThat(refused).isExactlyInstanceOf(DomainException.class)
                .hasMessage("Every place needs a region and a municipality");
        assertThat(app.in("NP", () -> app.proposalRows.all(0, 10))).isEmpty();
        assertThat(app.in("NP", () -> app.audit.entries())).isEmpty();
    }
}
