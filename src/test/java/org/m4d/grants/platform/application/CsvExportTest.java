package org.m4d.grants.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.Sheet;

class CsvExportTest {

    private static String csv(Sheet sheet) {
        return new String(CsvExport.write(sheet), StandardCharsets.UTF_8);
    }

    @Test
    void writesAHeaderAndRowsWithCrlfAfterAByteOrderMark() {
        Sheet sheet = new Sheet("Ledger", List.of("Country", "Amount", "Currency", "Date"), List.of(
                List.of(Sheet.text("SN"), Sheet.amount(Money.of(new BigDecimal("250000"), "XOF")), Sheet.text("XOF"),
                        Sheet.day(LocalDate.of(2026, 3, 2)))));

        assertThat(csv(sheet)).isEqualTo("\uFEFFCountry,Amount,Currency,Date\r\nSN,250000,XOF,2026-03-02\r\n");
    }

    @Test
    void amountsArePlainDecimalsAtTheirCurrencysScaleAndNegativeAmountsStayNumbers() {
        assertThat(CsvExport.field(Sheet.amount(Money.of(new BigDecimal("1234567.5"), "NPR")))).isEqualTo("1234567.50");
        assertThat(CsvExport.field(Sheet.amount(Money.of(new BigDecimal("12.5"), "TND")))).isEqualTo("12.500");
        assertThat(CsvExport.field(Sheet.amount(Money.of(new BigDecimal("-250000"), "XOF")))).isEqualTo("-250000");
        assertThat(CsvExport.field(Sheet.usd(new BigDecimal("1E+3")))).isEqualTo("1000.00");
        assertThat(CsvExport.field(Sheet.usd(null))).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldEvaluateIsMadeInert() {
        assertThat(CsvExport.field(Sheet.text("=HYPERLINK(\"http://x\")"))).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.field(Sheet.text("+1+2"))).isEqualTo("'+1+2");
        assertThat(CsvExport.field(Sheet.text("-2+3"))).isEqualTo("'-2+3");
        assertThat(CsvExport.field(Sheet.text("@SUM(A1)"))).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.field(Sheet.text("\tcmd"))).isEqualTo("'\tcmd");
        assertThat(CsvExport.field(Sheet.text("\r=1"))).isEqualTo("\"'\r=1\"");
        assertThat(CsvExport.field(Sheet.text("NP-TT-1"))).isEqualTo("NP-TT-1");
    }

    @Test
    void quotesFieldsWithSeparatorsQuotesOrLineBreaks() {
        assertThat(CsvExport.field(Sheet.text("Kathmandu, Bagmati"))).isEqualTo("\"Kathmandu, Bagmati\"");
        assertThat(CsvExport.field(Sheet.text("the \"best\" plan"))).isEqualTo("\"the \"\"best\"\" plan\"");
        assertThat(CsvExport.field(Sheet.text("two\nlines"))).isEqualTo("\"two\nlines\"");
        assertThat(CsvExport.field(Sheet.text(null))).isEmpty();
        assertThat(CsvExport.field(Sheet.text("Sénégal"))).isEqualTo("Sénégal");
    }
}
