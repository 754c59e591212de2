package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.m4d.grants.platform.domain.TenantOwned;

/** The bytes of an attachment, read only when someone downloads it. */
@Entity
@Table(name = "attachment_content")
@NamedQuery(name = "AttachmentContent.of", query = "SELECT c FROM AttachmentContent c WHERE c.attachmentId = :id")
public class AttachmentContent extends TenantOwned {

    @Column(name = "attachment_id", nullable = false, updatable = false)
    private long attachmentId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
