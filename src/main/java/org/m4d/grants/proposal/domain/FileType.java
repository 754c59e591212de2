package org.m4d.grants.proposal.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a proposal may carry. A file is accepted only when its name's extension and its
 * first bytes agree, so a script renamed to {@code .pdf} is refused; the content type we serve is
 * ours, never the uploader's.
 */
public enum FileType {
    PDF("application/pdf", bytes("%PDF-"), "pdf"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip(), "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip(), "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", zip(), "pptx"),
    ODT("application/vnd.oasis.opendocument.text", zip(), "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", zip(), "ods"),
    DOC("application/msword", ole(), "doc"),
    XLS("application/vnd.ms-excel", ole(), "xls");

    /** The largest file accepted, 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * The content types a browser may show in its own tab instead of saving: PDF, the raster images
     * and plain text. Nothing that can run script in our origin (HTML, SVG, XML) is ever on it; every
     * other type, an office file included, is only downloaded.
     */
    private static final Set<String> SHOWN_IN_BROWSER = Set.of("application/pdf", "image/png", "image/jpeg",
            "text/plain");

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    FileType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The type of a file by its name and first bytes, if both say the same accepted type. */
    public static Optional<FileType> of(String fileName, byte[] content) {
        if (fileName == null || content == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> Arrays.asList(t.extensions).contains(extension))
                .filter(t -> content.length >= t.magic.length
                        && Arrays.equals(Arrays.copyOf(content, t.magic.length), t.magic))
                .findFirst();
    }

    /**
     * Whether a file of this content type may be opened in the browser (served inline): only the
     * allow-list above, compared without parameters ({@code text/plain; charset=UTF-8}) or case.
     */
    public static boolean opensInBrowser(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip()
                .toLowerCase(Locale.ROOT);
        return SHOWN_IN_BROWSER.contains(type);
    }

    /** The extensions accepted, for the page's hint and the browser's file picker. */
    public static String acceptedExtensions() {
        return String.join(",", Arrays.stream(values()).flatMap(t -> Arrays.stream(t.extensions))
                .map(e -> "." + e).toList());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip() {
        return new byte[] {'P', 'K', 3, 4};
    }

    private static byte[] ole() {
        return new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
    }
}
