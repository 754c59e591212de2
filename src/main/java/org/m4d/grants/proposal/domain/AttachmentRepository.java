package org.m4d.grants.proposal.domain;

import java.util.List;
import java.util.Optional;

/** Attachments of proposals, always within the country of the tenant context. */
public interface AttachmentRepository {

    List<Attachment> ofProposal(long proposalId);

    Optional<Attachment> find(long id);

    /** Stores a new attachment with its bytes. */
    void store(Attachment attachment, byte[] content);

    Optional<byte[]> content(long attachmentId);

    void remove(Attachment attachment);
}
