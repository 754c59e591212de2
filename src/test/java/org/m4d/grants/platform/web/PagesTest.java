package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.Refusal;
import org.m4d.grants.proposal.domain.ProposalState;

/** A broken rule reads in the page's language, with its amounts and states formatted for it. */
class PagesTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Refusal overDisbursement() {
        Money amount = Money.of(new BigDecimal("50000"), "NPR");
        Money ceiling = Money.of(new BigDecimal("48000.20"), "NPR");
        return new DomainException("Disbursing " + amount + " would exceed tranche 1 of " + ceiling
                + "; at most " + ceiling + " remains in it")
                .withKey("error.tranche.overDisbursed", amount, 1, ceiling, ceiling);
    }

    /** Numbers grouped the French way; Java uses a narrow no-break space there. */
    private static String french(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void aDomainRuleWithArgumentsReadsInFrenchWithFrenchAmounts() {
        assertThat(french(Pages.text(FRENCH, overDisbursement())))
                .isEqualTo("Décaisser 50 000,00 NPR dépasserait la tranche 1 de 48 000,20 NPR ; il y reste au plus 48 000,20 NPR");
    }

    @Test
    void theSameRuleReadsInSpanishAndInEnglish() {
        assertThat(Pages.text(SPANISH, overDisbursement()))
                .startsWith("Desembolsar 50.000,00 NPR superaría el tramo 1 de 48.000,20 NPR");
        assertThat(Pages.text(Locale.ENGLISH, overDisbursement()))
                .isEqualTo("Disbursing 50,000.00 NPR would exceed tranche 1 of 48,000.20 NPR; at most 48,000.20 NPR remains in it");
    }

    @Test
    void theExceptionKeepsItsEnglishTextForTheApiAndTheLogs() {
        assertThat(overDisbursement().getMessage())
                .isEqualTo("Disbursing 50000.00 NPR would exceed tranche 1 of 48000.20 NPR; at most 48000.20 NPR remains in it");
    }

    @Test
    void anEnumerationArgumentIsShownByItsLabel() {
        Refusal rule = new DomainException("A proposal in state DRAFT can no longer be withdrawn")
                .withKey("error.proposal.notWithdrawable", ProposalState.IN_REVISION);
        assertThat(Pages.text(FRENCH, rule)).isEqualTo("Une proposition à l'état « En révision » ne peut plus être retirée");
    }

    @Test
    void aConflictReadsInTheUsersLanguageWithApostrophesKept() {
        Refusal conflict = new ConflictException("This task is claimed by np.finance")
                .withKey("error.task.claimedBy", "np.finance");
        assertThat(Pages.text(SPANISH, conflict)).isEqualTo("Esta tarea está asignada a np.finance");
        assertThat(Pages.text(FRENCH, new ConflictException("meanwhile").withKey("error.task.completedMeanwhile")))
                .isEqualTo("Cette tâche a été accomplie par quelqu'un d'autre entre-temps");
    }

    @Test
    void aFailureWithoutKeyKeepsItsOwnText() {
        assertThat(Pages.text(FRENCH, new DomainException("Only in English"))).isEqualTo("Only in English");
    }

    @Test
    void moneyScaleIsNamedWithTheCurrency() {
        DomainException scale = org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class,
                () -> Money.of(new BigDecimal("10.5"), "XOF"));
        assertThat(scale.getMessage()).isEqualTo("XOF amounts have no decimals");
        assertThat(Pages.text(FRENCH, scale)).isEqualTo("Les montants en XOF n'ont pas de décimales");
    }
}
