package org.m4d.grants.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.Sheet;

/** The workbook as a spreadsheet reader sees it, read with fastexcel-reader rather than our own parsing. */
class XlsxExportTest {

    private final Sheet sheet = new Sheet("Ledger: NP/42", List.of("Reference", "Amount", "Date", "USD"), List.of(
            List.of(Sheet.text("=cmd|' /C calc'!A0 & <b>"), Sheet.amount(Money.of(new BigDecimal("-150000"), "NPR")),
                    Sheet.day(LocalDate.of(2026, 3, 2)), Sheet.usd(null)),
            List.of(Sheet.text("TN-7"), Sheet.amount(Money.of(new BigDecimal("12.5"), "TND")), Sheet.day(null),
                    Sheet.usd(new BigDecimal("4.03")))));

    /** The rows of the workbook's only sheet, with each cell's number format. */
    static List<Row> read(byte[] xlsx, String expectedSheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            assertThat(workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly(expectedSheetName);
            return workbook.getFirstSheet().read();
        }
    }

    @Test
    void isAOneSheetWorkbookWithTheHeadersInTheFirstRow() throws IOException {
        List<Row> rows = read(XlsxExport.write(sheet), "Ledger  NP 42");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).stream().map(Cell::getType)).containsOnly(CellType.STRING);
        assertThat(rows.get(0).stream().map(Cell::asString)).containsExactly("Reference", "Amount", "Date", "USD");
    }

    @Test
    void amountsAreExactNumericCellsFormattedWithTheirDecimalsAndTextIsNeverAFormula() throws IOException {
        List<Row> rows = read(XlsxExport.write(sheet), "Ledger  NP 42");

        Cell text = rows.get(1).getCell(0);
        assertThat(text.getType()).isEqualTo(CellType.STRING);
        assertThat(text.asString()).isEqualTo("=cmd|' /C calc'!A0 & <b>");
        assertThat(text.getFormula()).isNull();

        Cell rupees = rows.get(1).getCell(1);
        assertThat(rupees.getType()).isEqualTo(CellType.NUMBER);
        assertThat(rupees.asNumber()).isEqualTo(new BigDecimal("-150000.00"));
        assertThat(rupees.getDataFormatString()).isEqualTo("#,##0.00");
        Cell dinars = rows.get(2).getCell(1);
        assertThat(dinars.asNumber()).isEqualTo(new BigDecimal("12.500"));
        assertThat(dinars.getDataFormatString()).isEqualTo("#,##0.000");
        assertThat(rows.get(2).getCell(3).asNumber()).isEqualTo(new BigDecimal("4.03"));
    }

    @Test
    void datesAreDateCellsAndEmptyCellsAreLeftOut() throws IOException {
        List<Row> rows = read(XlsxExport.write(sheet), "Ledger  NP 42");

        Cell day = rows.get(1).getCell(2);
        assertThat(day.getType()).isEqualTo(CellType.NUMBER);
        assertThat(day.asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(day.getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(rows.get(1).getOptionalCell(3)).isEmpty();
        assertThat(rows.get(2).getOptionalCell(2)).isEmpty();
    }

    @Test
    void columnLettersAndSheetNamesFollowExcelsRules() {
        assertThat(XlsxExport.column(0)).isEqualTo("A");
        assertThat(XlsxExport.column(25)).isEqualTo("Z");
        assertThat(XlsxExport.column(26)).isEqualTo("AA");
        assertThat(XlsxExport.column(701)).isEqualTo("ZZ");
        assertThat(XlsxExport.column(702)).isEqualTo("AAA");
        assertThat(XlsxExport.sheetName("a".repeat(40))).hasSize(31);
        assertThat(XlsxExport.sheetName(" ")).isEqualTo("Sheet1");
        assertThat(XlsxExport.escape("a\u0001b\"c")).isEqualTo("ab&quot;c");
    }
}
