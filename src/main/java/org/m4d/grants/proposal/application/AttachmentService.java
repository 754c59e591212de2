package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.Attachment;
import org.m4d.grants.proposal.domain.AttachmentRepository;
import org.m4d.grants.proposal.domain.Proposal;

/**
 * Files attached to proposals. The applicant adds and removes them while the proposal can change;
 * whoever may read the proposal may read its files.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

    @Inject
    AttachmentRepository attachments;

    @Inject
    ProposalService proposals;

    @Inject
    AuditTrail audit;

    @Inject
    Access access;

    /** A downloaded file: its safe name, our content type, its bytes. */
    public record File(String fileName, String contentType, byte[] content) {
    }

    public Attachment attach(long proposalId, String fileName, byte[] content) {
        Proposal proposal = proposals.changeable(proposalId);
        if (attachments.ofProposal(proposalId).size() >= Attachment.MAX_PER_PROPOSAL) {
            throw new DomainException("A proposal can have at most " + Attachment.MAX_PER_PROPOSAL + " files");
        }
        Attachment attachment = new Attachment(proposalId, fileName, content, sha256(content), access.username(),
                Instant.now());
        attachments.store(attachment, content);
        audit.record(access.username(), "FILE_ATTACHED", ProposalService.SUBJECT, proposalId,
                proposal.state(), proposal.state(), attachment.fileName());
        return attachment;
    }

    public List<Attachment> list(long proposalId) {
        proposals.readable(proposalId);
        return attachments.ofProposal(proposalId);
    }

    public File download(long attachmentId) {
        Attachment attachment = attachments.find(attachmentId)
                .orElseThrow(() -> new NotFoundException("File"));
        proposals.readable(attachment.proposalId());
        byte[] content = attachments.content(attachmentId).orElseThrow(() -> new NotFoundException("File"));
        return new File(attachment.fileName(), attachment.contentType(), content);
    }

    public void remove(long attachmentId) {
        Attachment attachment = attachments.find(attachmentId)
                .orElseThrow(() -> new NotFoundException("File"));
        Proposal proposal = proposals.changeable(attachment.proposalId());
        attachments.remove(attachment);
        audit.record(access.username(), "FILE_REMOVED", ProposalService.SUBJECT, proposal.id(),
                proposal.state(), proposal.state(), attachment.fileName());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
