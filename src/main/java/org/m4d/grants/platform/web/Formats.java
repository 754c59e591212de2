package org.m4d.grants.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.m4d.grants.platform.domain.Money;

/**
 * Dates, amounts and labels in the language of the page ({@code #{fmt}}). Amounts keep the
 * currency's own decimals (XOF none, TND three); times are shown in UTC, as stored.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    public static final String BUNDLE = "i18n.messages";

    /** The locale of the current view, English outside a request. */
    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /** An amount with its currency code, grouped in the user's locale, at the currency's scale. */
    public String money(Money money) {
        return money == null ? "" : amount(money.amount(), money.currency()) + " " + money.currency();
    }

    /** A number at the scale of a currency, in the user's locale, without the code. */
    public String amount(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        int scale = currency == null ? amount.scale() : Money.scaleOf(currency);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(amount);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** A moment as date and time in UTC, in the user's locale. */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /** The label of an enumeration constant: {@code enum.<Type>.<NAME>} in the bundle, else its name. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return text(locale(), key);
    }

    /** A message of the bundle in the user's language, with {0}-style arguments. */
    public String message(String key, Object... args) {
        return text(locale(), key, args);
    }

    /** A message of the bundle in a language; the key itself when missing (never an exception). */
    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
