package org.m4d.grants.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.AuditLogService;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditSearch;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.Beneficiaries;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Level;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalProfile;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.reporting.application.ListExports.IndicatorLine;
import org.m4d.grants.reporting.application.ListExports.ReviewLine;
import org.m4d.grants.review.domain.ConflictDeclaration;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.review.domain.Recommendation;
import org.m4d.grants.review.domain.Review;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;

/**
 * The rows of the list exports: the list's filter and country scope, and for reviews and indicator
 * actuals who may read them (ADR 12), with the services the pages use.
 */
class ListExportsTest {

    private static final ProposalSearch SUBMITTED = new ProposalSearch(ProposalState.SUBMITTED, null, null, null,
            null, null, null, false, null);

    private final UseCases app = new UseCases();
    private final ListExports exports = Wiring.wire(new ListExports(), app.proposals, app.reviews, app.grants,
            Wiring.wire(new AuditLogService(), app.audit, app.context, app.access), app.access, app.context);
    private final long clinic;
    private final long literacy;
    private final long dakar;

    ListExportsTest() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        clinic = app.in("NP", () -> app.draft("Clinic outreach", LeadActor.LOCAL_AUTHORITY, "1500000"));
        app.in("NP", () -> describe(app.proposal(clinic)));
        app.in("NP", () -> app.proposals.submit(clinic));
        literacy = app.in("NP", () -> app.draft("Remittance literacy", LeadActor.OTHER, "800000"));
        app.user.as("sn.applicant", "SN", Role.APPLICANT);
        dakar = app.in("SN", () -> app.draft("Dakar diaspora desk", LeadActor.OTHER, "9000000"));
        app.in("SN", () -> app.proposals.submit(dakar));
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    @Test
    void proposalsAreThoseOfTheFilterInTheCountriesInScope() {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThat(titles(exports.proposals(List.of("NP"), SUBMITTED))).containsExactly("Clinic outreach");
        assertThat(titles(exports.proposals(List.of("NP"), ProposalSearch.everything())))
                .containsExactlyInAnyOrder("Clinic outreach", "Remittance literacy");

        app.user.as("observer", null, Role.OBSERVER);
        assertThat(titles(exports.proposals(List.of("NP", "SN"), SUBMITTED)))
                .containsExactlyInAnyOrder("Clinic outreach", "Dakar diaspora desk");
    }

    @Test
    void aUserOfAnotherCountryGetsNoneOfItsProposals() {
        app.user.as("sn.applicant", "SN", Role.APPLICANT);
        assertThat(titles(exports.proposals(List.of("SN"), ProposalSearch.everything())))
                .containsExactly("Dakar diaspora desk");
        assertThatThrownBy(() -> exports.proposals(List.of("NP"), ProposalSearch.everything()))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.indicators(List.of("NP"), ProposalSearch.everything()))
                .isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void reviewsAreTheFilteredProposalsReviewsThatTheUserMayRead() {
        Review iom = scored(Agency.IOM, "np.reviewer.iom");
        Review undp = scored(Agency.UNDP, "np.reviewer.undp");

        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThat(exports.reviews(List.of("NP"), SUBMITTED).stream().map(ReviewLine::review))
                .containsExactly(iom, undp);
        assertThat(exports.reviews(List.of("NP"), new ProposalSearch(ProposalState.DRAFT, null, null, null, null,
                null, null, false, null))).isEmpty();

        app.user.asReviewer("np.reviewer.iom", "NP", Agency.IOM);
        app.in("NP", () -> app.reviewRows.store(new ConflictDeclaration(clinic, app.proposal(clinic).reviewRound(),
                Agency.IOM, "np.reviewer.iom", false, null, Instant.now())));
        assertThat(exports.reviews(List.of("NP"), ProposalSearch.everything()).stream().map(ReviewLine::review))
                .containsExactly(iom, undp);

        app.user.as("np.applicant", "NP", Role.APPLICANT);
        assertThatThrownBy(() -> exports.reviews(List.of("NP"), ProposalSearch.everything()))
                .isExactlyInstanceOf(ForbiddenException.class);
    }

    @Test
    void aReviewerNotYetClearedGetsNoReviewOfTheRound() {
        scored(Agency.IOM, "np.reviewer.iom");
        app.user.asReviewer("np.reviewer.undp", "NP", Agency.UNDP);
        assertThat(exports.reviews(List.of("NP"), ProposalSearch.everything())).isEmpty();
    }

    @Test
    void indicatorActualsGoToTheGrantsReadersAndBaselinesAndTargetsToEveryReader() {
        granted();

        app.user.as("np.finance", "NP", Role.FINANCE);
        List<IndicatorLine> forFinance = exports.indicators(List.of("NP"), new ProposalSearch(ProposalState.APPROVED,
                null, null, null, null, null, null, false, null));
        assertThat(forFinance).extracting(l -> l.indicator().name(), IndicatorLine::actual,
                l -> l.report() == null ? null : l.report().trancheNumber()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Officials trained", new BigDecimal("45.000"), 1),
                org.assertj.core.groups.Tuple.tuple("Officials trained", new BigDecimal("80.000"), 2),
                org.assertj.core.groups.Tuple.tuple("Migrants reached", null, null));

        app.user.as("np.applicant2", "NP", Role.APPLICANT);
        assertThat(exports.indicators(List.of("NP"), ProposalSearch.everything()))
                .extracting(l -> l.indicator().name(), l -> l.indicator().target(), IndicatorLine::report,
                        IndicatorLine::actual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Officials trained", new BigDecimal("120"), null, null),
                        org.assertj.core.groups.Tuple.tuple("Migrants reached", new BigDecimal("2000"), null, null));
    }

    @Test
    void theAuditLogIsTheFilteredTrailOfTheCountryAskedForTheGlobalRolesOnly() {
        app.user.as("observer", null, Role.OBSERVER);
        List<AuditEntry> submissions = exports.audit(List.of("NP", "SN"), "SN", new AuditSearch("SUBMITTED", null));
        assertThat(submissions).extracting(AuditEntry::tenantId, AuditEntry::subjectId, AuditEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SN", dakar, "SUBMITTED"));

        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThatThrownBy(() -> exports.audit(List.of("NP"), null, new AuditSearch(null, null)))
                .isExactlyInstanceOf(ForbiddenException.class);
    }

    private Review scored(Agency agency, String reviewer) {
        return app.in("NP", () -> {
            Review review = new Review(clinic, app.proposal(clinic).reviewRound(), agency, reviewer, Criterion.inOrder(4, 4, 4, 4, 4, 4),
                    app.weights.weightsOf(), Recommendation.FUND, null, Instant.now());
            app.reviewRows.store(review);
            return review;
        });
    }

    /** The clinic's grant with two progress reports, the second of them reaching one of its two indicators again. */
    private void granted() {
        app.in("NP", () -> {
            app.approve(clinic);
            GrantAgreement grant = new GrantAgreement(clinic, Money.of(new BigDecimal("1500000"), "NPR"),
                    new BigDecimal("133.5"), "np.coordinator", Instant.now());
            app.grantRows.store(grant);
            app.grantRows.store(report(grant, 1, "45"));
            app.grantRows.store(report(grant, 2, "80"));
        });
    }

    private static Report report(GrantAgreement grant, int tranche, String trained) {
        Report report = new Report(grant.id(), tranche, Report.Kind.PERIODIC, "Sessions held", 40,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), Money.of(new BigDecimal("500000"), "NPR"),
                Money.of(new BigDecimal("200000"), "NPR"), "np.applicant", Instant.now());
        report.reportActuals(List.of(new IndicatorActual("Officials trained", new BigDecimal(trained + ".000"))),
                Set.of("Officials trained", "Migrants reached"));
        return report;
    }

    private static void describe(Proposal proposal) {
        proposal.describe(new ProposalProfile(Level.LOCAL, Set.of(1), Set.of(), Set.of("10.7"), Set.of(5), 2, false,
                Set.of(), new Beneficiaries(null, null, null, null, null, null), List.of(), null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31),
                List.of(new Indicator("Officials trained", "people", BigDecimal.ZERO, new BigDecimal("120")),
                        new Indicator("Migrants reached", "people", null, new BigDecimal("2000")))),
                "TEST-PHASE", Set.of(1, 2, 3), LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31));
    }

    private static List<String> titles(List<ListExports.ProposalLine> proposals) {
        return proposals.stream().map(line -> line.proposal().title()).toList();
    }
}
