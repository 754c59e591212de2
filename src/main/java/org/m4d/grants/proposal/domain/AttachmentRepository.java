package org.m4d.grants.proposal.domain;

import java.util.List;
import java.util.Optional;

/** Attachments of proposals, always within one tenant. */
public interface AttachmentRepository {

    List<Attachment> ofProposal(String tenant, long proposalId);

    Optional<Attachment> find(String tenant, long id);

    /** Stores a new attachment with its bytes. */
    void store(String tenant, Attachment attachment, byte[] content);

    Optional<byte[]> content(String tenant, long attachmentId);

    void remove(String tenant, Attachment attachment);
}
