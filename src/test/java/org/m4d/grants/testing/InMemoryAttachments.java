package org.m4d.grants.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.proposal.domain.Attachment;
import org.m4d.grants.proposal.domain.AttachmentRepository;

/** Attachments per country in memory, with their bytes. */
public final class InMemoryAttachments implements AttachmentRepository {

    private final TenantRows<Attachment> rows;
    private final Map<Long, byte[]> contents = new HashMap<>();

    public InMemoryAttachments(TenantContext context) {
        rows = new TenantRows<>(context);
    }

    @Override
    public List<Attachment> ofProposal(long proposalId) {
        return rows.all().stream().filter(a -> a.proposalId() == proposalId).toList();
    }

    @Override
    public Optional<Attachment> find(long id) {
        return rows.find(id);
    }

    @Override
    public void store(Attachment attachment, byte[] content) {
        rows.store(attachment);
        contents.put(attachment.id(), content);
    }

    @Override
    public Optional<byte[]> content(long attachmentId) {
        return rows.find(attachmentId).map(a -> contents.get(a.id()));
    }

    @Override
    public void remove(Attachment attachment) {
        rows.remove(attachment);
        contents.remove(attachment.id());
    }
}
