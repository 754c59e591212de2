package org.m4d.grants.proposal.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.platform.infra.TenantEntities;
import org.m4d.grants.proposal.domain.Attachment;
import org.m4d.grants.proposal.domain.AttachmentContent;
import org.m4d.grants.proposal.domain.AttachmentRepository;

@ApplicationScoped
public class JpaAttachmentRepository extends TenantEntities implements AttachmentRepository {

    @Override
    public List<Attachment> ofProposal(long proposalId) {
        EntityManager em = em();
        return em.createNamedQuery("Attachment.ofProposal", Attachment.class).setParameter("proposalId", proposalId)
                .getResultList();
    }

    @Override
    public Optional<Attachment> find(long id) {
        EntityManager em = em();
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public void store(Attachment attachment, byte[] content) {
        EntityManager em = em();
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.id(), content));
    }

    @Override
    public Optional<byte[]> content(long attachmentId) {
        EntityManager em = em();
        return em.createNamedQuery("AttachmentContent.of", AttachmentContent.class).setParameter("id", attachmentId)
                .getResultStream().findFirst().map(AttachmentContent::content);
    }

    @Override
    public void remove(Attachment attachment) {
        EntityManager em = em();
        em.createNamedQuery("AttachmentContent.of", AttachmentContent.class).setParameter("id", attachment.id())
                .getResultStream().forEach(em::remove);
        em.flush();
        em.remove(attachment);
    }
}
