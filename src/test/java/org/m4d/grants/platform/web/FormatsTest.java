package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.proposal.domain.PartnerType;

/** Amounts keep their currency's decimals, numbers only the ones they need, labels come from the bundle. */
class FormatsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void amountsKeepTheDecimalsOfTheirCurrency() {
        assertThat(Formats.money(Locale.ENGLISH, Money.of(new BigDecimal("1500"), "XOF"))).isEqualTo("1,500 XOF");
        assertThat(Formats.money(SPANISH, Money.of(new BigDecimal("1500.5"), "TND"))).isEqualTo("1.500,500 TND");
    }

    @Test
    void aNumberWithoutCurrencyShowsOnlyTheDecimalsItNeeds() {
        assertThat(Formats.amount(Locale.ENGLISH, new BigDecimal("40.0000"), null)).isEqualTo("40");
        assertThat(Formats.amount(Locale.FRENCH, new BigDecimal("12.5000"), null)).isEqualTo("12,5");
    }

    @Test
    void aNestedEnumerationIsNamedWithItsOuterClass() {
        assertThat(Formats.labelKey(Tranche.Status.OPEN)).isEqualTo("enum.Tranche.Status.OPEN");
        assertThat(Formats.label(Locale.FRENCH, Tranche.Status.OPEN)).isEqualTo("Ouverte");
    }

    @Test
    void aStoredCodeWithoutLabelShowsAsItIs() {
        assertThat(Formats.code(SPANISH, "step.", "screenEligibility")).isEqualTo("Verificar la elegibilidad");
        assertThat(Formats.code(SPANISH, "step.", "someNewStep")).isEqualTo("someNewStep");
    }

    @Test
    void listsShowLabelsInTheirNaturalOrder() {
        assertThat(Formats.list(Locale.FRENCH, Set.of(PartnerType.CIVIL_SOCIETY, PartnerType.DIASPORA)))
                .isEqualTo("Diaspora, Organisations de la société civile");
        assertThat(Formats.list(Locale.ENGLISH, List.of(3, 1))).isEqualTo("1, 3");
    }

    @Test
    void aCollectionInAMessageIsListedByItsLabels() {
        assertThat(Formats.text(Locale.FRENCH, "error.grant.modalityNotAllowed", "élevé",
                Modality.DIRECT_CASH_TRANSFER, List.of(Modality.REIMBURSEMENT, Modality.DIRECT_PAYMENT)))
                .isEqualTo("Un partenaire dont la notation est élevé ne peut pas être payé par Transfert direct de fonds : "
                        + "la table HACT du pays n'autorise que Paiement direct, Remboursement");
    }

    @Test
    void datesFollowTheLocale() {
        assertThat(Formats.date(SPANISH, LocalDate.of(2023, 10, 31))).isEqualTo("31 oct 2023");
    }

    @Test
    void datesAreTypedAsTheLocaleWritesThemWithAFourDigitYear() {
        assertThat(Formats.datePattern(Locale.FRENCH)).isEqualTo("dd/MM/yyyy");
        assertThat(Formats.datePattern(SPANISH)).isEqualTo("dd/MM/yyyy");
        assertThat(Formats.datePattern(Locale.ENGLISH)).isEqualTo("MM/dd/yyyy");
        assertThat(Formats.dateExample(Locale.FRENCH)).isEqualTo("31/01/2021");
        assertThat(Formats.dateExample(Locale.ENGLISH)).isEqualTo("01/31/2021");
    }

    @Test
    void theDateMessageOfEachLanguageGivesTheExampleThePickerTakes() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, SPANISH)) {
            assertThat(Formats.text(locale, "edit.dateFormat")).endsWith(" " + Formats.dateExample(locale));
        }
    }
}
