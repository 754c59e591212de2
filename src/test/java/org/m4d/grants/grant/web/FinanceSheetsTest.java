package org.m4d.grants.grant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4d.grants.grant.application.Ledgers.money;
import static org.m4d.grants.grant.application.Ledgers.reversal;
import static org.m4d.grants.grant.application.Ledgers.withId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.application.GrantLedger;
import org.m4d.grants.grant.application.GrantRow;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.domain.Sheet;

class FinanceSheetsTest {

    @Test
    void aGrantRowExportsItsAmountsExactlyBesideItsCurrency() {
        GrantRow row = new GrantRow("SN", 42L, "=Formation", GrantAgreement.Status.PLANNED,
                money("1000000", "XOF"), money("400000", "XOF"), new BigDecimal("605"),
                new BigDecimal("661.16"));

        Sheet sheet = FinanceSheets.grants(List.of(row), Locale.FRENCH);

        assertThat(sheet.headers()).hasSize(12).startsWith("Pays", "N° de proposition", "Proposition", "État", "Devise");
        assertThat(sheet.rows().get(0)).containsExactly(Sheet.text("SN"), Sheet.text("42"), Sheet.text("=Formation"),
                Sheet.text("En cours"), Sheet.text("XOF"), new Sheet.Amount(new BigDecimal("1000000"), 0),
                new Sheet.Amount(new BigDecimal("400000"), 0), new Sheet.Amount(new BigDecimal("600000"), 0),
                Sheet.number(new BigDecimal("605")), Sheet.usd(new BigDecimal("1652.89")),
                Sheet.usd(new BigDecimal("661.16")), Sheet.usd(new BigDecimal("991.73")));
    }

    @Test
    void aLedgerExportsOneRowPerEntryWithBalanceAndReversalLinks() {
        GrantAgreement grant = withId(new GrantAgreement(42L, money("1000000.00", "NPR"), new BigDecimal("133.5"),
                "np.coordinator", Instant.parse("2026-01-10T09:00:00Z")), 7L);
        Disbursement wrong = withId(new Disbursement(1L, 1, money("250000.00", "NPR"), java.time.LocalDate.of(2026, 3, 2),
                "NP-TT-2", "np.finance", Instant.parse("2026-03-02T10:01:42Z"), null)
                .converting(new BigDecimal("125")), 102L);
        GrantLedger ledger = GrantLedger.of("NP", 42L, "Skills", grant, List.of(),
                List.of(wrong, reversal(103, wrong, "Wrong account")), true);

        Sheet sheet = FinanceSheets.ledger(ledger, Locale.ENGLISH);

        assertThat(sheet.name()).isEqualTo("Ledger");
        assertThat(sheet.headers()).containsExactly("Country", "Proposal id", "Entry", "Date", "Kind", "Tranche", "Currency",
                "Amount", "Running balance", "Reference", "Recorded by", "Recorded at (UTC)", "Reversal of", "Reversed by",
                "Reason", "Rate (per USD)", "Amount (USD)");
        List<Sheet.Cell> reversalRow = sheet.rows().get(1);
        assertThat(reversalRow.get(2)).isEqualTo(Sheet.text("103"));
        assertThat(reversalRow.get(4)).isEqualTo(Sheet.text("Reversal"));
        assertThat(reversalRow.get(7)).isEqualTo(new Sheet.Amount(new BigDecimal("-250000.00"), 2));
        assertThat(reversalRow.get(8)).isEqualTo(new Sheet.Amount(new BigDecimal("0.00"), 2));
        assertThat(reversalRow.get(11)).isEqualTo(Sheet.text("2026-03-05 10:01:43"));
        assertThat(reversalRow.get(12)).isEqualTo(Sheet.text("102"));
        assertThat(reversalRow.get(14)).isEqualTo(Sheet.text("Wrong account"));
        assertThat(reversalRow.get(15)).isEqualTo(Sheet.number(new BigDecimal("125")));
        assertThat(reversalRow.get(16)).isEqualTo(Sheet.usd(new BigDecimal("-2000.00")));
        assertThat(sheet.rows().get(0).get(16)).isEqualTo(Sheet.usd(new BigDecimal("2000.00")));
        assertThat(sheet.rows().get(0).get(13)).isEqualTo(Sheet.text("103"));
        assertThat(sheet.rows().get(0).get(3)).isEqualTo(Sheet.day(java.time.LocalDate.of(2026, 3, 2)));
    }

    @Test
    void everyStatusAndKindHasALabelInEveryLanguage() {
        List<String> keys = Stream.of(
                Stream.of(GrantAgreement.Status.values()).map(s -> "finance.grantStatus." + s.name()),
                Stream.of(Tranche.Status.values()).map(s -> "finance.trancheStatus." + s.name()),
                Stream.of(Disbursement.Kind.values()).map(k -> "finance.kind." + k.name())).flatMap(s -> s).toList();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
            ResourceBundle bundle = ResourceBundle.getBundle(Formats.BUNDLE, locale);
            assertThat(keys).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key + " in " + locale).isTrue());
        }
    }
}
