package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.TenantOwned;

/** A file attached to a proposal: what it is and who added it; the bytes are kept apart. */
@Entity
@Table(name = "attachment")
@NamedQuery(name = "Attachment.ofProposal",
        query = "SELECT a FROM Attachment a WHERE a.proposalId = :proposalId ORDER BY a.uploadedAt, a.id")
public class Attachment extends TenantOwned {

    /** At most this many files on one proposal. */
    public static final int MAX_PER_PROPOSAL = 10;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    /**
     * A checked attachment: a non-empty file of an accepted type (by name and content) under the
     * size limit, with a name that is safe to show and to offer for download.
     */
    public Attachment(long proposalId, String fileName, byte[] content, String sha256, String uploadedBy, Instant at) {
        if (content == null || content.length == 0) {
            throw new DomainException("The file is empty");
        }
        if (content.length > FileType.MAX_BYTES) {
            throw new DomainException("The file is larger than 10 MB");
        }
        String name = safeName(fileName);
        FileType type = FileType.of(name, content).orElseThrow(() -> new DomainException(
                "Only PDF, Word, Excel, PowerPoint, OpenDocument, PNG and JPEG files can be attached, "
                        + "and the file's content must match its extension"));
        this.proposalId = proposalId;
        this.fileName = name;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    /** The last path segment of a file name without control characters, at most 255 characters. */
    static String safeName(String fileName) {
        if (fileName == null) {
            throw new DomainException("The file has no name");
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            throw new DomainException("The file has no usable name");
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    public long proposalId() {
        return proposalId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
