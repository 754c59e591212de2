package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Sector;

/** Bean Validation messages are interpolated again in the page's language. */
class ViolationsTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    /** A record that uses a standard message, as a parameter without its own message does. */
    record Named(@Size(max = 3) String title) {
    }

    private static <T> ConstraintViolation<T> only(T bean) {
        Set<ConstraintViolation<T>> violations = factory.getValidator().validate(bean);
        assertThat(violations).hasSize(1);
        return violations.iterator().next();
    }

    private static String text(ConstraintViolation<?> violation, Locale locale) {
        return Violations.text(violation, factory.getMessageInterpolator(), locale);
    }

    @Test
    void ourOwnMessageReadsInFrenchAndSpanish() {
        ConstraintViolation<ProposalDraft> blank = only(
                new ProposalDraft(" ", Sector.HEALTH, LeadActor.OTHER, new BigDecimal("100"), null, null, null, null));
        assertThat(text(blank, Locale.FRENCH)).isEqualTo("Saisissez un titre");
        assertThat(text(blank, Locale.forLanguageTag("es"))).isEqualTo("Introduzca un título");
        assertThat(text(blank, Locale.ENGLISH)).isEqualTo("Enter a title");
    }

    @Test
    void constraintAttributesAreFilledInInTheTemplate() {
        ConstraintViolation<ProposalDraft> tooLong = only(
                new ProposalDraft("x".repeat(301), Sector.HEALTH, LeadActor.OTHER, new BigDecimal("100"), null, null, null, null));
        assertThat(text(tooLong, Locale.FRENCH)).isEqualTo("Le titre peut compter au plus 300 caractères");
        assertThat(tooLong.getMessage()).isEqualTo("The title can have at most 300 characters");
    }

    @Test
    void aStandardMessageComesFromTheProviderWithTheFieldsLabel() {
        ConstraintViolation<Named> tooLong = only(new Named("abcd"));
        assertThat(text(tooLong, Locale.FRENCH)).isEqualTo("Titre : la taille doit être comprise entre 0 et 3");
        assertThat(text(tooLong, Locale.ENGLISH)).isEqualTo("Title: size must be between 0 and 3");
    }
}
