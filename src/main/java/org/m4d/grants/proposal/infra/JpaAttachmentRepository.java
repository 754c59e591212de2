package org.m4d.grants.proposal.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.platform.infra.TenantScope;
import org.m4d.grants.proposal.domain.Attachment;
import org.m4d.grants.proposal.domain.AttachmentContent;
import org.m4d.grants.proposal.domain.AttachmentRepository;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public List<Attachment> ofProposal(String tenant, long proposalId) {
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("Attachment.ofProposal", Attachment.class).setParameter("proposalId", proposalId)
                .getResultList();
    }

    @Override
    public Optional<Attachment> find(String tenant, long id) {
        TenantScope.enter(em, tenant);
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public void store(String tenant, Attachment attachment, byte[] content) {
        TenantScope.enter(em, tenant);
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.id(), content));
    }

    @Override
    public Optional<byte[]> content(String tenant, long attachmentId) {
        TenantScope.enter(em, tenant);
        return em.createNamedQuery("AttachmentContent.of", AttachmentContent.class).setParameter("id", attachmentId)
                .getResultStream().findFirst().map(AttachmentContent::content);
    }

    @Override
    public void remove(String tenant, Attachment attachment) {
        TenantScope.enter(em, tenant);
        em.createNamedQuery("AttachmentContent.of", AttachmentContent.class).setParameter("id", attachment.id())
                .getResultStream().forEach(em::remove);
        em.flush();
        em.remove(attachment);
    }
}
