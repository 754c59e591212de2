package org.m4d.grants.platform.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.m4d.grants.platform.domain.Sheet;

/**
 * Writes a sheet as a one-sheet Office Open XML workbook (.xlsx), the smallest package Excel and
 * LibreOffice open: text as inline strings (never evaluated as formulas), amounts as numeric cells
 * whose value is the exact decimal text with a format showing the amount's decimals, dates as date
 * cells. No spreadsheet library, so no floating point on the way (docs/adr/0008).
 */
public final class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEADER_STYLE = "1";
    private static final String DATE_STYLE = "2";
    /** Amounts with 0 to MAX_SCALE decimals have styles 3 to 3 + MAX_SCALE. */
    private static final int FIRST_AMOUNT_STYLE = 3;
    private static final int MAX_SCALE = 4;
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private XlsxExport() {
    }

    public static byte[] write(Sheet sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", xml("<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
                    + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            entry(zip, "xl/workbook.xml", xml("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>"
                    + "<sheet name=\"" + escape(sheetName(sheet.name())) + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>"));
            entry(zip, "xl/_rels/workbook.xml.rels", xml("<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>"));
            entry(zip, "xl/styles.xml", styles());
            entry(zip, "xl/worksheets/sheet1.xml", worksheet(sheet));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String contentTypes() {
        String ooxml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return xml("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ooxml + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ooxml + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + ooxml + "styles+xml\"/>"
                + "</Types>");
    }

    private static String styles() {
        StringBuilder formats = new StringBuilder("<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>");
        StringBuilder amountStyles = new StringBuilder();
        for (int scale = 0; scale <= MAX_SCALE; scale++) {
            formats.append("<numFmt numFmtId=\"").append(165 + scale).append("\" formatCode=\"#,##0")
                    .append(scale == 0 ? "" : "." + "0".repeat(scale)).append("\"/>");
            amountStyles.append("<xf numFmtId=\"").append(165 + scale)
                    .append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        }
        return xml("<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"" + (MAX_SCALE + 2) + "\">" + formats + "</numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"" + (FIRST_AMOUNT_STYLE + MAX_SCALE + 1) + "\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + amountStyles + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>");
    }

    private static String worksheet(Sheet sheet) {
        StringBuilder out = new StringBuilder("<worksheet xmlns=\"" + MAIN + "\">"
                + "<sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "</sheetView></sheetViews>");
        if (!sheet.headers().isEmpty()) {
            out.append("<cols><col min=\"1\" max=\"").append(sheet.headers().size())
                    .append("\" width=\"18\" customWidth=\"1\"/></cols>");
        }
        out.append("<sheetData>");
        row(out, 1, sheet.headers().stream().map(h -> (Sheet.Cell) new Sheet.Text(h)).toList(), true);
        for (int i = 0; i < sheet.rows().size(); i++) {
            row(out, i + 2, sheet.rows().get(i), false);
        }
        return xml(out.append("</sheetData></worksheet>").toString());
    }

    private static void row(StringBuilder out, int number, List<Sheet.Cell> cells, boolean header) {
        out.append("<row r=\"").append(number).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            String ref = column(i) + number;
            Sheet.Cell cell = cells.get(i);
            if (cell instanceof Sheet.Amount a && a.value() != null) {
                int scale = Math.max(0, a.scale());
                out.append("<c r=\"").append(ref).append("\" s=\"").append(FIRST_AMOUNT_STYLE + Math.min(scale, MAX_SCALE))
                        .append("\"><v>").append(a.value().setScale(scale, RoundingMode.UNNECESSARY).toPlainString())
                        .append("</v></c>");
            } else if (cell instanceof Sheet.Day d && d.value() != null) {
                out.append("<c r=\"").append(ref).append("\" s=\"").append(DATE_STYLE).append("\"><v>")
                        .append(ChronoUnit.DAYS.between(EPOCH, d.value())).append("</v></c>");
            } else if (cell instanceof Sheet.Text t && t.value() != null && !t.value().isEmpty()) {
                out.append("<c r=\"").append(ref).append('"').append(header ? " s=\"" + HEADER_STYLE + "\"" : "")
                        .append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(t.value()))
                        .append("</t></is></c>");
            }
        }
        out.append("</row>");
    }

    /** The letters of a zero-based column: A..Z, AA.. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\ . */
    static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        cleaned = cleaned.isEmpty() ? "Sheet1" : cleaned;
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /** Text for XML content or attributes; characters XML 1.0 cannot carry are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String xml(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
