package org.m4d.grants.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.m4d.grants.proposal.domain.FileType;

/**
 * Which files open in the browser and which are only downloaded: inline only when asked and only
 * for PDF, PNG, JPEG and plain text; never HTML, SVG or an office file; always without sniffing.
 */
class AttachmentDownloadTest {

    private static final String SANDBOXED =
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

    @ParameterizedTest(name = "{0} opens in the browser: {1}")
    @CsvSource(delimiter = '|', value = {
            "application/pdf|true",
            "image/png|true",
            "image/jpeg|true",
            "text/plain|true",
            "text/plain; charset=UTF-8|true",
            "Application/PDF|true",
            "text/html|false",
            "text/html; charset=UTF-8|false",
            "image/svg+xml|false",
            "application/xhtml+xml|false",
            "text/xml|false",
            "application/javascript|false",
            "application/octet-stream|false",
            "application/msword|false",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document|false",
            "application/vnd.oasis.opendocument.spreadsheet|false",
            "image/pngx|false",
            "''|false"})
    void onlyTheAllowListOpensInTheBrowser(String contentType, boolean inline) {
        assertThat(FileType.opensInBrowser(contentType)).isEqualTo(inline);
    }

    @Test
    void noTypeOpensInTheBrowser() {
        assertThat(FileType.opensInBrowser(null)).isFalse();
    }

    @Test
    void everyAcceptedTypeIsDecidedOnPurpose() {
        for (FileType type : FileType.values()) {
            boolean expected = type == FileType.PDF || type == FileType.PNG || type == FileType.JPEG;
            assertThat(FileType.opensInBrowser(type.contentType())).as(type.name()).isEqualTo(expected);
        }
    }

    @Test
    void aPdfAskedToOpenIsInlineWithNoSniffingAndNoFraming() {
        Map<String, String> headers = AttachmentDownload.headers("application/pdf", "Budget 2026.pdf", true);

        assertThat(headers).containsExactly(
                Map.entry("Content-Disposition", "inline; filename=\"Budget_2026.pdf\"; filename*=UTF-8''Budget%202026.pdf"),
                Map.entry("X-Content-Type-Options", "nosniff"),
                Map.entry("Cache-Control", "private, no-store"),
                Map.entry("Content-Security-Policy", "default-src 'none'; object-src 'self'; frame-ancestors 'none'"));
    }

    @Test
    void anImageAskedToOpenIsInlineAndSandboxed() {
        Map<String, String> headers = AttachmentDownload.headers("image/png", "map.png", true);

        assertThat(headers.get("Content-Disposition")).isEqualTo("inline; filename=\"map.png\"; filename*=UTF-8''map.png");
        assertThat(headers.get("Content-Security-Policy")).isEqualTo(SANDBOXED);
        assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aWordFileAskedToOpenIsStillADownload() {
        Map<String, String> headers = AttachmentDownload.headers(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "plan.docx", true);

        assertThat(headers).containsExactly(
                Map.entry("Content-Disposition", "attachment; filename=\"plan.docx\"; filename*=UTF-8''plan.docx"),
                Map.entry("X-Content-Type-Options", "nosniff"),
                Map.entry("Cache-Control", "private, no-store"));
    }

    @Test
    void htmlAndSvgAreNeverInline() {
        assertThat(AttachmentDownload.headers("text/html", "page.html", true).get("Content-Disposition"))
                .isEqualTo("attachment; filename=\"page.html\"; filename*=UTF-8''page.html");
        assertThat(AttachmentDownload.headers("image/svg+xml", "logo.svg", true).get("Content-Disposition"))
                .isEqualTo("attachment; filename=\"logo.svg\"; filename*=UTF-8''logo.svg");
    }

    @Test
    void aPdfNotAskedToOpenIsADownloadAsBefore() {
        Map<String, String> headers = AttachmentDownload.headers("application/pdf", "Budget.pdf", false);

        assertThat(headers.get("Content-Disposition")).isEqualTo("attachment; filename=\"Budget.pdf\"; filename*=UTF-8''Budget.pdf");
        assertThat(headers).doesNotContainKey("Content-Security-Policy");
    }
}
