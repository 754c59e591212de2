package org.m4d.grants.partner.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.identity.application.AccessDenied;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.domain.PartnerType;
import org.m4d.grants.partner.domain.RiskAssessment;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.testing.UseCases;

/** Who may do what with a country's partners, and what each use case writes. */
class PartnerServiceTest {

    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

    private final UseCases app = new UseCases();
    private final PartnerService service = app.partners;

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private static PartnerInput input(String name) {
        return new PartnerInput(name, PartnerType.NGO_CSO, "NGO-2019-0042", "V-100234", "Sita Gurung",
                "sita@example.org", "+977 1 4412345");
    }

    private long nepalesePartner(String name) {
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        return app.in("NP", () -> service.create(input(name)));
    }

    private long assessed(long partner, RiskRating rating, LocalDate on) {
        app.user.as("np.finance", "NP", Role.FINANCE);
        return app.in("NP", () -> service.assess(partner, new AssessmentInput(rating, on, "HACT assessor", null, null)));
    }

    @Test
    void aCoordinatorAddsAPartnerAndTheAdditionIsAudited() {
        long id = nepalesePartner("  Nepal Diaspora Returnee Network ");

        app.user.as("np.finance", "NP", Role.FINANCE);
        PartnerDetails details = app.in("NP", () -> service.details(id));
        assertThat(details.partner().name()).isEqualTo("Nepal Diaspora Returnee Network");
        assertThat(details.partner().vendorNumber()).isEqualTo("V-100234");
        assertThat(details.partner().createdBy()).isEqualTo("np.coordinator");
        assertThat(details.ratingInForce()).isEqualTo(RiskRating.NOT_ASSESSED);
        assertThat(details.history()).isEmpty();
        assertThat(app.in("NP", () -> app.audit.ofSubject(PartnerService.SUBJECT, id))).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(Tuple.tuple("PARTNER_CREATED", "np.coordinator"));
    }

    @Test
    void financeRecordsAnAssessmentThatPutsItsRatingInForceAndKeepsTheHistory() {
        long id = nepalesePartner("Returnee Network");
        assessed(id, RiskRating.LOW, YESTERDAY.minusYears(2));
        assessed(id, RiskRating.HIGH, YESTERDAY);

        PartnerDetails details = app.in("NP", () -> service.details(id));
        assertThat(details.ratingInForce()).isEqualTo(RiskRating.HIGH);
        assertThat(details.history()).extracting(RiskAssessment::rating, RiskAssessment::recordedBy)
                .containsExactly(Tuple.tuple(RiskRating.HIGH, "np.finance"), Tuple.tuple(RiskRating.LOW, "np.finance"));
        assertThat(app.in("NP", () -> app.partnerRatings.ratingOf(id, YESTERDAY.minusDays(1))))
                .isEqualTo(RiskRating.LOW);
        assertThat(app.in("NP", () -> app.audit.ofSubject(PartnerService.SUBJECT, id))).extracting(AuditEntry::action)
                .containsExactly("PARTNER_CREATED", "PARTNER_ASSESSED", "PARTNER_ASSESSED");
    }

    @Test
    void anExpiredAssessmentLeavesThePartnerNotAssessed() {
        long id = nepalesePartner("Returnee Network");
        assessed(id, RiskRating.LOW, YESTERDAY.minusYears(RiskAssessment.DEFAULT_VALIDITY_YEARS).minusDays(1));

        assertThat(app.in("NP", () -> service.details(id).ratingInForce())).isEqualTo(RiskRating.NOT_ASSESSED);
        assertThat(app.in("NP", () -> app.partnerRatings.ratingOf(id, LocalDate.now())))
                .isEqualTo(RiskRating.NOT_ASSESSED);
    }

    @Test
    void anApplicantListsNamesAndTypesButNeitherRatingsNorDetails() {
        long id = nepalesePartner("Returnee Network");
        assessed(id, RiskRating.HIGH, YESTERDAY);

        app.user.as("np.applicant", "NP", Role.APPLICANT);
        assertThat(app.in("NP", () -> service.list()))
                .containsExactly(new PartnerSummary(id, "Returnee Network", PartnerType.NGO_CSO, null));
        assertThatThrownBy(() -> app.in("NP", () -> service.details(id))).isExactlyInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> app.in("NP", () -> service.assessments(id)))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.denials).extracting(AccessDenied::tenant, AccessDenied::status)
                .containsExactly(Tuple.tuple("NP", 403), Tuple.tuple("NP", 403));
    }

    @Test
    void theObserverReadsRatingsButMayNeitherAddPartnersNorAssessThem() {
        long id = nepalesePartner("Returnee Network");
        assessed(id, RiskRating.MODERATE, YESTERDAY);

        app.user.as("observer", null, Role.OBSERVER);
        assertThat(app.in("NP", () -> service.list()))
                .containsExactly(new PartnerSummary(id, "Returnee Network", PartnerType.NGO_CSO, RiskRating.MODERATE));
        assertThatThrownBy(() -> app.in("NP", () -> service.create(input("Another"))))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> app.in("NP", () -> service.assess(id,
                new AssessmentInput(RiskRating.LOW, YESTERDAY, "HACT assessor", null, null))))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.partnerRows.all())).hasSize(1);
        assertThat(app.in("NP", () -> app.partnerRows.assessmentsOf(id))).hasSize(1);
    }

    @Test
    void aSecondPartnerWithTheSameNameInAnyCaseIsRefusedAndNothingIsWritten() {
        nepalesePartner("Returnee Network");

        assertThatThrownBy(() -> app.in("NP", () -> service.create(input(" RETURNEE network"))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.partner.duplicate"));
        assertThat(app.in("NP", () -> app.partnerRows.all())).hasSize(1);
        assertThat(app.in("NP", () -> app.audit.entries())).extracting(AuditEntry::action).containsExactly("PARTNER_CREATED");
    }

    @Test
    void renamingAPartnerToItsOwnNameInAnotherCaseIsAllowedButNotToAnothersName() {
        long network = nepalesePartner("Returnee Network");
        nepalesePartner("Kathmandu University");

        app.in("NP", () -> service.update(network, input("RETURNEE NETWORK")));
        assertThat(app.in("NP", () -> app.partnerRows.find(network).orElseThrow().name())).isEqualTo("RETURNEE NETWORK");
        assertThatThrownBy(() -> app.in("NP", () -> service.update(network, input("kathmandu university"))))
                .isExactlyInstanceOf(ConflictException.class);
        assertThat(app.in("NP", () -> app.partnerRows.find(network).orElseThrow().name())).isEqualTo("RETURNEE NETWORK");
    }

    @Test
    void anotherCountrysPartnerIsNotFoundAndRatesNotAssessed() {
        long id = nepalesePartner("Returnee Network");
        assessed(id, RiskRating.LOW, YESTERDAY);

        app.user.as("sn.coordinator", "SN", Role.COORDINATOR);
        assertThatThrownBy(() -> app.in("SN", () -> service.details(id))).isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.in("SN", () -> service.assess(id,
                new AssessmentInput(RiskRating.HIGH, YESTERDAY, "HACT assessor", null, null))))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThat(app.in("SN", () -> service.list())).isEmpty();
        assertThat(app.in("SN", () -> app.partnerRatings.ratingOf(id, LocalDate.now())))
                .isEqualTo(RiskRating.NOT_ASSESSED);
        app.user.as("np.finance", "NP", Role.FINANCE);
        assertThat(app.in("NP", () -> app.partnerRows.assessmentsOf(id))).extracting(RiskAssessment::rating)
                .containsExactly(RiskRating.LOW);
    }

    @Test
    void anAssessmentDatedAfterTodayIsRefusedAndNothingIsWritten() {
        long id = nepalesePartner("Returnee Network");

        assertThatThrownBy(() -> assessed(id, RiskRating.LOW, LocalDate.now().plusDays(2)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.assessment.future"));
        assertThat(app.in("NP", () -> app.partnerRows.assessmentsOf(id))).isEmpty();
        assertThat(app.in("NP", () -> app.audit.entries())).extracting(AuditEntry::action).containsExactly("PARTNER_CREATED");
    }

    @Test
    void theRatingInTheListIsTodaysForThoseWhoReadRatings() {
        long id = nepalesePartner("Returnee Network");
        assessed(id, RiskRating.SIGNIFICANT, YESTERDAY);

        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        assertThat(app.in("NP", () -> service.list())).extracting(PartnerSummary::rating)
                .isEqualTo(List.of(RiskRating.SIGNIFICANT));
    }
}
