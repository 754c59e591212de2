package org.m4d.grants.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.reporting.domain.Sheet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XlsxExportTest {

    private static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The cells of the sheet by reference: the value, or the inline text. */
    private static Map<String, Element> cells(Document sheet) {
        Map<String, Element> cells = new HashMap<>();
        NodeList list = sheet.getElementsByTagName("c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            cells.put(c.getAttribute("r"), c);
        }
        return cells;
    }

    private final Sheet sheet = new Sheet("Ledger: NP/42", List.of("Reference", "Amount", "Date", "USD"), List.of(
            List.of(Sheet.text("=cmd|' /C calc'!A0 & <b>"), Sheet.amount(Money.of(new BigDecimal("-150000"), "NPR")),
                    Sheet.day(LocalDate.of(2026, 3, 2)), Sheet.usd(null)),
            List.of(Sheet.text("TN-7"), Sheet.amount(Money.of(new BigDecimal("12.5"), "TND")), Sheet.day(null),
                    Sheet.usd(new BigDecimal("4.03")))));

    @Test
    void isAWorkbookPackageWithWellFormedParts() throws Exception {
        Map<String, String> parts = unzip(XlsxExport.write(sheet));

        assertThat(parts).containsOnlyKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml");
        for (String xml : parts.values()) {
            assertThat(parse(xml).getDocumentElement()).isNotNull();
        }
        Element sheetEntry = (Element) parse(parts.get("xl/workbook.xml")).getElementsByTagName("sheet").item(0);
        assertThat(sheetEntry.getAttribute("name")).isEqualTo("Ledger  NP 42");
    }

    @Test
    void amountsAreExactNumericCellsFormattedWithTheirDecimalsAndTextIsNeverAFormula() throws Exception {
        Map<String, Element> cells = cells(parse(unzip(XlsxExport.write(sheet)).get("xl/worksheets/sheet1.xml")));

        assertThat(cells.get("A1").getTextContent()).isEqualTo("Reference");
        assertThat(cells.get("A1").getAttribute("s")).isEqualTo("1");
        assertThat(cells.get("A2").getAttribute("t")).isEqualTo("inlineStr");
        assertThat(cells.get("A2").getTextContent()).isEqualTo("=cmd|' /C calc'!A0 & <b>");
        assertThat(cells.get("A2").getElementsByTagName("f").getLength()).isZero();

        assertThat(cells.get("B2").hasAttribute("t")).isFalse();
        assertThat(cells.get("B2").getTextContent()).isEqualTo("-150000.00");
        assertThat(cells.get("B2").getAttribute("s")).isEqualTo("5");
        assertThat(cells.get("B3").getTextContent()).isEqualTo("12.500");
        assertThat(cells.get("B3").getAttribute("s")).isEqualTo("6");
        assertThat(cells.get("D3").getTextContent()).isEqualTo("4.03");
    }

    @Test
    void datesAreSerialDayNumbersAndEmptyCellsAreLeftOut() throws Exception {
        Map<String, Element> cells = cells(parse(unzip(XlsxExport.write(sheet)).get("xl/worksheets/sheet1.xml")));

        assertThat(cells.get("C2").getTextContent()).isEqualTo("46083");
        assertThat(cells.get("C2").getAttribute("s")).isEqualTo("2");
        assertThat(cells).doesNotContainKeys("C3", "D2");
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
