package org.m4d.grants.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/** The rules an amendment request meets before anything is written, at their boundaries. */
class AmendmentRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final LocalDate PHASE_END = LocalDate.of(2027, 12, 31);
    private static final BigDecimal TWENTY = new BigDecimal("20");

    private static List<AgreementLine> lines(String... amounts) {
        return java.util.stream.IntStream.range(0, amounts.length)
                .mapToObj(i -> new AgreementLine("Line " + (i + 1), new BigDecimal(amounts[i]))).toList();
    }

    private static String key(Runnable rule) {
        try {
            rule.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void anExtensionUpToThePhaseEndIsTheCoordinatorsAndBeyondItPmus() {
        assertThat(AmendmentRules.extensionBeyondPhase(START, END, END.plusDays(1), PHASE_END)).isFalse();
        assertThat(AmendmentRules.extensionBeyondPhase(START, END, PHASE_END, PHASE_END)).isFalse();
        assertThat(AmendmentRules.extensionBeyondPhase(START, END, PHASE_END.plusDays(1), PHASE_END)).isTrue();
        assertThat(AmendmentRules.extensionBeyondPhase(START, END, PHASE_END.plusYears(1), PHASE_END)).isTrue();
    }

    @Test
    void anEndDateOutsideAnyPhaseOrNotLaterIsRefused() {
        assertThat(key(() -> AmendmentRules.extensionBeyondPhase(START, END, PHASE_END.plusYears(1).plusDays(1),
                PHASE_END))).isEqualTo("error.amendment.endOutsidePhase");
        assertThat(key(() -> AmendmentRules.extensionBeyondPhase(START, END, END, PHASE_END)))
                .isEqualTo("error.amendment.endNotLater");
        assertThat(key(() -> AmendmentRules.extensionBeyondPhase(START, END, START.minusDays(1), PHASE_END)))
                .isEqualTo("error.amendment.endNotLater");
        assertThat(key(() -> AmendmentRules.extensionBeyondPhase(START, null, START, PHASE_END)))
                .as("without an end date, the start bounds it").isEqualTo("error.amendment.endNotLater");
        assertThat(key(() -> AmendmentRules.extensionBeyondPhase(START, END, null, PHASE_END)))
                .isEqualTo("error.amendment.endDateRequired");
    }

    @Test
    void aRevisionOfAtMostTheThresholdOfEveryLineIsTheCoordinatorsAndAboveItTheApprovers() {
        List<AgreementLine> now = lines("1000.00", "500.00");
        assertThat(AmendmentRules.revisionNeedsApprover(now, lines("800.00", "700.00"), TWENTY, "NPR"))
                .as("20% of line 1, 40% of line 2").isTrue();
        assertThat(AmendmentRules.revisionNeedsApprover(lines("1000.00", "1000.00"), lines("800.00", "1200.00"),
                TWENTY, "NPR")).as("exactly 20% of each").isFalse();
        assertThat(AmendmentRules.revisionNeedsApprover(lines("1000.00", "1000.00"), lines("799.99", "1200.01"),
                TWENTY, "NPR")).as("just above 20%").isTrue();
        assertThat(AmendmentRules.revisionNeedsApprover(lines("1000.00", "0.00"), lines("999.99", "0.01"),
                TWENTY, "NPR")).as("money into an empty line").isTrue();
    }

    @Test
    void aRevisionKeepsItsLinesTheirTotalAndTheCurrencyScale() {
        List<AgreementLine> now = lines("1000", "500");
        assertThat(key(() -> AmendmentRules.revisionNeedsApprover(now, lines("1000", "501"), TWENTY, "XOF")))
                .isEqualTo("error.amendment.linesTotal");
        assertThat(key(() -> AmendmentRules.revisionNeedsApprover(now, lines("1500"), TWENTY, "XOF")))
                .isEqualTo("error.amendment.lineCount");
        assertThat(key(() -> AmendmentRules.revisionNeedsApprover(now, lines("1600", "-100"), TWENTY, "XOF")))
                .isEqualTo("error.amendment.lineAmount");
        assertThat(key(() -> AmendmentRules.revisionNeedsApprover(now, lines("999.5", "500.5"), TWENTY, "XOF")))
                .as("CFA francs have no decimals").isEqualTo("error.money.noDecimals");
        assertThat(key(() -> AmendmentRules.revisionNeedsApprover(now, lines("1000", "500"), TWENTY, "XOF")))
                .isEqualTo("error.amendment.noChange");
        assertThat(key(() -> AmendmentRules.revisionNeedsApprover(now, List.of(new AgreementLine("Line 1",
                new BigDecimal("900")), new AgreementLine("Travel", new BigDecimal("600"))), TWENTY, "XOF")))
                .isEqualTo("error.amendment.lineRenamed");
        assertThat(key(() -> AmendmentRules.revisionNeedsApprover(List.of(), List.of(), TWENTY, "XOF")))
                .isEqualTo("error.amendment.noLines");
    }

    @Test
    void anAmountMayFallToWhatIsDisbursedButNotBelowAndAnIncreaseIsSaidSo() {
        Money approved = Money.of(new BigDecimal("1000.000"), "TND");
        Money disbursed = Money.of(new BigDecimal("400.500"), "TND");
        assertThat(AmendmentRules.amountIncrease(approved, new BigDecimal("400.500"), disbursed)).isFalse();
        assertThat(AmendmentRules.amountIncrease(approved, new BigDecimal("1000.001"), disbursed)).isTrue();
        assertThat(key(() -> AmendmentRules.amountIncrease(approved, new BigDecimal("400.499"), disbursed)))
                .isEqualTo("error.amendment.belowDisbursed");
        assertThat(key(() -> AmendmentRules.amountIncrease(approved, new BigDecimal("1000"), disbursed)))
                .isEqualTo("error.amendment.sameAmount");
        assertThat(key(() -> AmendmentRules.amountIncrease(approved, new BigDecimal("1200.0001"), disbursed)))
                .isEqualTo("error.money.scale");
        assertThat(key(() -> AmendmentRules.amountIncrease(approved, null, disbursed)))
                .isEqualTo("error.amendment.amountRequired");
    }
}
