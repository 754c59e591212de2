package org.m4d.grants.platform.application;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.m4d.grants.platform.domain.Sheet;

/**
 * Writes a sheet as CSV (RFC 4180: comma, CRLF, quotes where needed) in UTF-8 with a byte order
 * mark so that spreadsheet programs read accented names correctly. Amounts are plain decimals with a
 * point, at their scale. Text that a spreadsheet would take for a formula gets a leading
 * apostrophe (OWASP's advice against CSV injection).
 */
public final class CsvExport {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";

    private CsvExport() {
    }

    public static byte[] write(Sheet sheet) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, sheet.headers().stream().map(h -> (Sheet.Cell) new Sheet.Text(h)).toList());
        sheet.rows().forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Sheet.Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Sheet.Cell cell) {
        if (cell instanceof Sheet.Amount a) {
            return a.value() == null ? "" : a.value().setScale(a.scale(), RoundingMode.UNNECESSARY).toPlainString();
        }
        if (cell instanceof Sheet.Day d) {
            return d.value() == null ? "" : d.value().toString();
        }
        return quoted(neutralised(((Sheet.Text) cell).value()));
    }

    /** Text starting with a character that makes a spreadsheet evaluate it, made inert. */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
