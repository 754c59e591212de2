package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.Attachment;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.testing.UseCases;

/** The rules of files attached to proposals. */
class AttachmentServiceTest {

    private static final byte[] PDF = "%PDF-1.7\nconcept note".getBytes(StandardCharsets.US_ASCII);

    private final UseCases app = new UseCases();
    private final AttachmentService service = app.attachments;
    private long proposal;

    AttachmentServiceTest() {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        proposal = app.in("NP", () -> app.draft("Remittances for rural clinics", LeadActor.OTHER, "1500000"));
    }

    @AfterEach
    void leaveTheCountry() {
        app.context.clear();
    }

    private Attachment attach(String name) {
        return app.in("NP", () -> service.attach(proposal, name, PDF));
    }

    @Test
    void theApplicantAttachesAFileToTheirDraftWithItsDigestAndAnAuditEntry() {
        Attachment file = attach("Concept note.pdf");

        assertThat(app.in("NP", () -> app.attachmentRows.ofProposal(proposal))).containsExactly(file);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.uploadedBy()).isEqualTo("np.applicant");
        assertThat(file.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(PDF)));
        AuditEntry entry = app.in("NP", () -> app.lastEntryOn(proposal));
        assertThat(entry.action()).isEqualTo("FILE_ATTACHED");
        assertThat(entry.detail()).isEqualTo("Concept note.pdf");
    }

    @Test
    void aProposalTakesAtMostTenFiles() {
        for (int i = 1; i <= Attachment.MAX_PER_PROPOSAL; i++) {
            attach("Annex " + i + ".pdf");
        }

        Throwable refused = catchThrowable(() -> attach("Annex 11.pdf"));

        assertThat(refused).isExactlyInstanceOf(DomainException.class).hasMessage("A proposal can have at most 10 files");
        assertThat(app.in("NP", () -> app.attachmentRows.ofProposal(proposal))).hasSize(10);
    }

    @Test
    void aSubmittedProposalsFilesNoLongerChange() {
        Attachment file = attach("Concept note.pdf");
        app.in("NP", () -> app.proposals.submit(proposal));

        assertThatThrownBy(() -> attach("Late annex.pdf")).isExactlyInstanceOf(DomainException.class);
        assertThatThrownBy(() -> app.in("NP", () -> service.remove(file.id()))).isExactlyInstanceOf(DomainException.class);
        assertThat(app.in("NP", () -> app.attachmentRows.ofProposal(proposal))).containsExactly(file);
    }

    @Test
    void anotherApplicantMayNotAttachToTheDraft() {
        app.user.as("np.applicant2", "NP", Role.APPLICANT);

        assertThatThrownBy(() -> attach("Mine.pdf")).isExactlyInstanceOf(ForbiddenException.class);
        assertThat(app.in("NP", () -> app.attachmentRows.ofProposal(proposal))).isEmpty();
    }

    @Test
    void theOwnerRemovesAFileOfTheDraftWithAnAuditEntry() {
        Attachment file = attach("Concept note.pdf");

        app.in("NP", () -> service.remove(file.id()));

        assertThat(app.in("NP", () -> app.attachmentRows.ofProposal(proposal))).isEmpty();
        assertThat(app.in("NP", () -> app.lastEntryOn(proposal)).action()).isEqualTo("FILE_REMOVED");
    }

    @Test
    void whoeverReadsTheProposalDownloadsItsFilesAndAReviewerNotYetClearedDoesNot() {
        Attachment file = attach("Concept note.pdf");
        app.in("NP", () -> app.proposals.submit(proposal));
        app.user.as("np.coordinator", "NP", Role.COORDINATOR);

        AttachmentService.File downloaded = app.in("NP", () -> service.download(file.id()));
        assertThat(downloaded.fileName()).isEqualTo("Concept note.pdf");
        assertThat(downloaded.content()).isEqualTo(PDF);
        assertThat(app.in("NP", () -> service.list(proposal))).containsExactly(file);

        app.user.asReviewer("np.reviewer.iom", "NP", Agency.IOM);
        assertThatThrownBy(() -> app.in("NP", () -> service.download(file.id())))
                .isExactlyInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> app.in("NP", () -> service.list(proposal))).isExactlyInstanceOf(ForbiddenException.class);
        app.in("NP", () -> app.reviewRows.store(new org.m4d.grants.review.domain.ConflictDeclaration(proposal, 1,
                Agency.IOM, "np.reviewer.iom", false, null, Instant.now())));
        assertThat(app.in("NP", () -> service.download(file.id())).content()).isEqualTo(PDF);
    }

    @Test
    void aFileOfAnotherCountryIsNotFound() {
        Attachment file = attach("Concept note.pdf");
        app.user.as("sn.coordinator", "SN", Role.COORDINATOR);

        assertThatThrownBy(() -> app.in("SN", () -> service.download(file.id())))
                .isExactlyInstanceOf(NotFoundException.class).hasMessage("File not found");
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
