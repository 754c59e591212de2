package org.m4d.grants.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;

class AttachmentTest {

    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};

    @Test
    void aFileIsAcceptedWhenItsNameAndItsContentAgree() {
        Attachment pdf = attach("Concept note.PDF", PDF);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.sizeBytes()).isEqualTo(PDF.length);
        assertThat(attach("budget.xlsx", ZIP).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(FileType.of("photo.jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).contains(FileType.JPEG);
    }

    @Test
    void aScriptRenamedToPdfOrAnUnknownTypeIsRefused() {
        assertThatThrownBy(() -> attach("invoice.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class).hasMessageContaining("must match its extension");
        assertThatThrownBy(() -> attach("run.exe", new byte[] {'M', 'Z', 0, 0})).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> attach("budget.pdf", ZIP)).isInstanceOf(DomainException.class);
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> attach("empty.pdf", new byte[0])).hasMessageContaining("empty");
        byte[] big = new byte[(int) FileType.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> attach("big.pdf", big)).hasMessageContaining("10 MB");
        byte[] limit = new byte[(int) FileType.MAX_BYTES];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertThat(attach("limit.pdf", limit).sizeBytes()).isEqualTo(FileType.MAX_BYTES);
    }

    @Test
    void theNameKeepsOnlyItsLastSegmentWithoutControlCharacters() {
        assertThat(attach("C:\\Users\\me\\..\\note.pdf", PDF).fileName()).isEqualTo("note.pdf");
        assertThat(attach("../../etc/\"x\u0000y\".pdf", PDF).fileName()).isEqualTo("xy.pdf");
        assertThatThrownBy(() -> attach("dir/.pdf", PDF)).hasMessageContaining("usable name");
        assertThat(attach("a".repeat(300) + ".pdf", PDF).fileName()).hasSize(255).endsWith(".pdf");
    }

    private static Attachment attach(String name, byte[] content) {
        return new Attachment(1L, name, content, "sha", "np.applicant", Instant.EPOCH);
    }
}
