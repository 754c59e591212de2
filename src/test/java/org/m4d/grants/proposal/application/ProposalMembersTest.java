package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.identity.application.Directory;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.platform.domain.Refusal;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.MemberRole;
import org.m4d.grants.proposal.domain.ProposalMember;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.testing.ActiveTransaction;
import org.m4d.grants.testing.InMemoryUsers;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;

/** Co-applicants and viewers (ADR 0035): who may be invited by whom, and what each may do with the proposal. */
class ProposalMembersTest {

    private final UseCases app = new UseCases();
    private final InMemoryUsers users = new InMemoryUsers(() -> app.context.find().orElse(null));
    private final ProposalMembers members = Wiring.wire(new ProposalMembers(), app.proposals, app.memberRows,
            Wiring.wire(new Directory(), users), app.access,
            Wiring.wire(new AuditTrail(), app.audit, new ActiveTransaction()), app.context);
    private long id;

    @BeforeEach
    void countryWithApplicants() {
        users.add("np.applicant", "Sita", null, null).grant(Role.APPLICANT, "NP", null);
        users.add("np.applicant2", "Gita", null, null).grant(Role.APPLICANT, "NP", null);
        users.add("np.applicant3", "Hari", null, null).grant(Role.APPLICANT, "NP", null);
        users.add("np.focal", "Ram", null, null).grant(Role.NATIONAL_FOCAL_POINT, "NP", null);
        users.add("sn.applicant", "Awa", null, null).grant(Role.APPLICANT, "SN", null);
        users.add("np.gone", "Shyam", null, null).grant(Role.APPLICANT, "NP", null);
        users.find("np.gone").orElseThrow().disable("NP", "np.admin");
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        id = app.in("NP", () -> app.draft("Remittances for rural clinics", LeadActor.NATIONAL_INSTITUTION, "1500000"));
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private void invite(String username, MemberRole role) {
        app.in("NP", () -> members.invite(id, username, role));
    }

    private ProposalDraft draft(String title, String amount) {
        return new ProposalDraft(title, Sector.EMPLOYMENT, LeadActor.NATIONAL_INSTITUTION, new BigDecimal(amount), null,
                null, null, null);
    }

    private Throwable asApplicant(String username, Runnable step) {
        app.user.as(username, "NP", Role.APPLICANT);
        return catchThrowable(() -> app.in("NP", step));
    }

    @Test
    void theCreatorInvitesACoApplicantAndAViewerAndTheHistoryNamesThem() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);
        invite("np.applicant3", MemberRole.VIEWER);

        List<ProposalMember> invited = app.in("NP", () -> members.of(id));
        assertThat(invited).extracting(ProposalMember::username).containsExactly("np.applicant2", "np.applicant3");
        assertThat(invited).extracting(ProposalMember::role).containsExactly(MemberRole.CO_APPLICANT, MemberRole.VIEWER);
        assertThat(invited).extracting(ProposalMember::invitedBy).containsExactly("np.applicant", "np.applicant");
        AuditEntry last = app.in("NP", () -> app.lastEntryOn(id));
        assertThat(last.action()).isEqualTo("MEMBER_INVITED");
        assertThat(last.actor()).isEqualTo("np.applicant");
        assertThat(last.detail()).isEqualTo("np.applicant3 as VIEWER");
        assertThat(HistoryKind.of("MEMBER_INVITED")).isEqualTo(HistoryKind.PROPOSAL);
    }

    @Test
    void aCoApplicantEditsTheDraftAndTheHistoryNamesThemAndTheFieldsChanged() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);

        Throwable edit = asApplicant("np.applicant2", () -> app.proposals.update(id,
                draft("Remittances for rural clinics and schools", "1750000")));

        assertThat(edit).isNull();
        assertThat(app.in("NP", () -> app.proposal(id)).title()).isEqualTo("Remittances for rural clinics and schools");
        AuditEntry last = app.in("NP", () -> app.lastEntryOn(id));
        assertThat(last.action()).isEqualTo("EDITED");
        assertThat(last.actor()).isEqualTo("np.applicant2");
        assertThat(last.detail()).isEqualTo("Remittances for rural clinics and schools (changed title, requestedAmount)");
    }

    @Test
    void theWizardsSaveAgainstTheVersionSeenIsACoApplicantsTooAndNeverAViewers() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);
        invite("np.applicant3", MemberRole.VIEWER);
        long seen = app.in("NP", () -> app.proposal(id)).version();

        Throwable coApplicant = asApplicant("np.applicant2", () -> app.proposals.update(id, seen,
                draft("Remittances for rural clinics and wells", "1500000")));
        Throwable viewer = asApplicant("np.applicant3", () -> app.proposals.update(id, seen,
                draft("Viewer's title", "1")));

        assertThat(coApplicant).isNull();
        assertThat(viewer).isInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.proposal(id)).title()).isEqualTo("Remittances for rural clinics and wells");
        assertThat(app.in("NP", () -> app.lastEntryOn(id)).actor()).isEqualTo("np.applicant2");
    }

    @Test
    void anEditThatChangesNothingSaysSo() {
        Throwable edit = asApplicant("np.applicant", () -> app.proposals.update(id,
                draft("Remittances for rural clinics", "1500000.000")));

        assertThat(edit).isNull();
        assertThat(app.in("NP", () -> app.lastEntryOn(id)).detail()).isEqualTo("Remittances for rural clinics (no change)");
    }

    @Test
    void aViewerAndAnApplicantNotInvitedMayNotEditAndNothingChanges() {
        invite("np.applicant3", MemberRole.VIEWER);

        Throwable viewer = asApplicant("np.applicant3", () -> app.proposals.update(id, draft("Viewer's title", "1")));
        Throwable stranger = asApplicant("np.applicant2", () -> app.proposals.update(id, draft("Stranger's title", "1")));

        assertThat(viewer).isInstanceOf(ForbiddenException.class);
        assertThat(((Refusal) viewer).messageKey()).isEqualTo("error.proposal.notEditor");
        assertThat(stranger).isInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.proposal(id)).title()).isEqualTo("Remittances for rural clinics");
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED", "MEMBER_INVITED");
    }

    @Test
    void onlyTheCreatorSubmitsWithdrawsOrDeletes() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);

        assertThat(asApplicant("np.applicant2", () -> app.proposals.submit(id))).isInstanceOf(ForbiddenException.class);
        assertThat(asApplicant("np.applicant2", () -> app.proposals.delete(id))).isInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.DRAFT);
        assertThat(asApplicant("np.applicant", () -> app.proposals.submit(id))).isNull();
        assertThat(asApplicant("np.applicant2", () -> app.proposals.withdraw(id, "no")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.SUBMITTED);
    }

    @Test
    void aCoApplicantChangesAProposalReturnedForRevisionWithoutResubmittingIt() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);
        asApplicant("np.applicant", () -> app.proposals.submit(id));
        app.in("NP", () -> app.proposal(id).screen(Decision.REVISE));

        Throwable edit = asApplicant("np.applicant2", () -> app.proposals.update(id, draft("Revised clinics", "1500000")));

        assertThat(edit).isNull();
        assertThat(app.in("NP", () -> app.proposal(id)).state()).isEqualTo(ProposalState.IN_REVISION);
        assertThat(app.in("NP", () -> app.lastEntryOn(id)).detail()).isEqualTo("Revised clinics (changed title)");
    }

    @Test
    void aCoApplicantAndAViewerReadTheGrantAsTheCreatorDoesAndAnotherApplicantDoesNot() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);
        invite("np.applicant3", MemberRole.VIEWER);

        app.user.as("np.applicant2", "NP", Role.APPLICANT);
        Visibility coApplicant = app.in("NP", () -> app.proposals.visibility(id));
        app.user.as("np.applicant3", "NP", Role.APPLICANT);
        Visibility viewer = app.in("NP", () -> app.proposals.visibility(id));
        app.user.as("np.applicant4", "NP", Role.APPLICANT);
        Visibility other = app.in("NP", () -> app.proposals.visibility(id));

        assertThat(List.of(coApplicant.readsGrant(), viewer.readsGrant(), other.readsGrant()))
                .containsExactly(true, true, false);
        assertThat(List.of(coApplicant.editsProposal(), viewer.editsProposal(), other.editsProposal()))
                .containsExactly(true, false, false);
        assertThat(List.of(coApplicant.submitsProposal(), viewer.submitsProposal(), other.submitsProposal()))
                .containsExactly(false, false, false);
    }

    @Test
    void anApplicantOfAnotherCountryAnUnknownADisabledOrANonApplicantUserIsRefusedAlikeAndNothingIsWritten() {
        for (String username : List.of("sn.applicant", "nobody", "np.gone", "np.focal")) {
            Throwable refused = catchThrowable(() -> invite(username, MemberRole.CO_APPLICANT));

            assertThat(refused).as(username).isInstanceOf(DomainException.class);
            assertThat(((Refusal) refused).messageKey()).as(username).isEqualTo("error.member.notEligible");
            assertThat(((Refusal) refused).messageArguments()).as(username).containsExactly(username);
        }
        assertThat(app.in("NP", () -> members.of(id))).isEmpty();
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED");
    }

    @Test
    void theCreatorATwiceInvitedUserAndAMissingRoleOrNameAreRefused() {
        invite("np.applicant2", MemberRole.VIEWER);

        Throwable creator = catchThrowable(() -> invite("np.applicant", MemberRole.VIEWER));
        Throwable twice = catchThrowable(() -> invite("np.applicant2", MemberRole.CO_APPLICANT));
        Throwable noRole = catchThrowable(() -> invite("np.applicant3", null));
        Throwable noName = catchThrowable(() -> invite("  ", MemberRole.VIEWER));

        assertThat(((Refusal) creator).messageKey()).isEqualTo("error.member.creator");
        assertThat(twice).isInstanceOf(ConflictException.class);
        assertThat(((Refusal) twice).messageKey()).isEqualTo("error.member.twice");
        assertThat(((Refusal) noRole).messageKey()).isEqualTo("error.member.role");
        assertThat(((Refusal) noName).messageKey()).isEqualTo("error.member.username");
        assertThat(app.in("NP", () -> members.of(id))).extracting(ProposalMember::role).containsExactly(MemberRole.VIEWER);
    }

    @Test
    void anotherApplicantAndACoApplicantMayNotInviteACoordinatorMay() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);

        Throwable coApplicant = asApplicant("np.applicant2", () -> members.invite(id, "np.applicant3", MemberRole.VIEWER));
        Throwable stranger = asApplicant("np.applicant3", () -> members.invite(id, "np.applicant3", MemberRole.VIEWER));
        app.user.as("np.focal", "NP", Role.NATIONAL_FOCAL_POINT);
        Throwable focal = catchThrowable(() -> invite("np.applicant3", MemberRole.VIEWER));
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);
        invite("np.applicant3", MemberRole.VIEWER);

        assertThat(coApplicant).isInstanceOf(ForbiddenException.class);
        assertThat(((Refusal) coApplicant).messageKey()).isEqualTo("error.member.notManager");
        assertThat(stranger).isInstanceOf(ForbiddenException.class);
        assertThat(focal).isInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> members.of(id))).extracting(ProposalMember::invitedBy)
                .containsExactly("np.applicant", "np.coordinator");
    }

    @Test
    void aRemovedCoApplicantEditsNoMoreAndAnUninvitedUserIsNotFound() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);

        app.in("NP", () -> members.remove(id, "np.applicant2"));
        Throwable again = catchThrowable(() -> app.in("NP", () -> members.remove(id, "np.applicant2")));
        Throwable edit = asApplicant("np.applicant2", () -> app.proposals.update(id, draft("Late edit", "1")));

        assertThat(again).isInstanceOf(NotFoundException.class);
        assertThat(edit).isInstanceOf(ForbiddenException.class);
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        assertThat(app.in("NP", () -> app.actionsOn(id))).containsExactly("CREATED", "MEMBER_INVITED", "MEMBER_REMOVED");
        assertThat(app.in("NP", () -> app.lastEntryOn(id)).detail()).isEqualTo("np.applicant2 as CO_APPLICANT");
    }

    @Test
    void theApplicantsSuggestedAreThoseOfTheCountryNotYetInvitedNorTheCreator() {
        invite("np.applicant2", MemberRole.VIEWER);

        assertThat(app.in("NP", () -> members.eligible(id, null))).containsExactly("np.applicant3");
        assertThat(app.in("NP", () -> members.eligible(id, "CANT2"))).isEmpty();
    }

    private final CoApplicants coApplicants = Wiring.wire(new CoApplicants(), app.memberRows, app.proposals, app.access);

    private java.util.Map<Long, String> standingIn(String username, Role role) {
        app.user.as(username, "NP", role);
        return app.in("NP", () -> coApplicants.ofSignedInUser());
    }

    @Test
    void aCoApplicantStandsInForTheCreatorOnTheReportTasksAndAViewerDoesNot() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);
        invite("np.applicant3", MemberRole.VIEWER);

        assertThat(standingIn("np.applicant2", Role.APPLICANT)).containsExactly(java.util.Map.entry(id, "np.applicant"));
        assertThat(standingIn("np.applicant3", Role.APPLICANT)).isEmpty();
        assertThat(standingIn("np.applicant", Role.APPLICANT)).isEmpty();
    }

    @Test
    void aRemovedCoApplicantNoLongerStandsIn() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);
        assertThat(standingIn("np.applicant2", Role.APPLICANT)).containsOnlyKeys(id);

        app.user.as("np.applicant", "NP", Role.APPLICANT);
        app.in("NP", () -> members.remove(id, "np.applicant2"));

        assertThat(standingIn("np.applicant2", Role.APPLICANT)).isEmpty();
    }

    @Test
    void aCoApplicantWhoIsNoLongerAnApplicantOfTheCountryDoesNotStandIn() {
        invite("np.applicant2", MemberRole.CO_APPLICANT);

        assertThat(standingIn("np.applicant2", Role.FINANCE)).isEmpty();
    }
}
