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
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.m4d.grants.platform.domain.Money;

/**
 * Dates, amounts and labels in the language of the page ({@code #{fmt}}). Amounts keep the
 * currency's own decimals (XOF none, TND three); times are shown in UTC, as stored. The static
 * variants take the locale, for code that runs outside a view.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    public static final String BUNDLE = "i18n.messages";

    /** English is the base bundle: a page in English must not fall back to the server's own locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** An apostrophe not already doubled: translators write "l'étape", MessageFormat needs "l''étape". */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    /** The locale of the current view, English outside a request. */
    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /** An amount with its currency code, grouped in the user's locale, at the currency's scale. */
    public String money(Money money) {
        return money(locale(), money);
    }

    /** A plain quantity (an indicator's target, a count) in the user's locale, without trailing zeros. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** A number at the scale of a currency, in the user's locale, without the code; any number without one. */
    public String amount(BigDecimal amount, String currency) {
        return amount(locale(), amount, currency);
    }

    public String date(LocalDate date) {
        return date(locale(), date);
    }

    /** The decimals an amount of this currency is typed with, for the number inputs. */
    public int decimals(String currency) {
        return Money.scaleOf(currency);
    }

    /** The pattern dates are typed in, for the date pickers. */
    public String datePattern() {
        return datePattern(locale());
    }

    /** The example of a typed date the date pickers show while empty. */
    public String dateExample() {
        return dateExample(locale());
    }

    /** A moment as date and time in UTC, in the user's locale. */
    public String time(Instant instant) {
        return time(locale(), instant);
    }

    /**
     * The label of an enumeration constant: {@code enum.<Type>.<NAME>} in the bundle, else its
     * name. A nested enumeration is named with its outer class ({@code enum.Tranche.Status.OPEN}).
     */
    public String label(Enum<?> value) {
        return label(locale(), value);
    }

    /** The label of a code stored as text, e.g. {@code code('step.', id)}; the code itself when it has none. */
    public String code(String prefix, String code) {
        return code(locale(), prefix, code);
    }

    /** The elements of a collection, enumeration constants by their labels, in their natural order. */
    public String list(Collection<?> values) {
        return list(locale(), values);
    }

    /** A message of the bundle in the user's language, with {0}-style arguments. */
    public String message(String key, Object... args) {
        return text(locale(), key, args);
    }

    public static String money(Locale locale, Money money) {
        return money == null ? "" : amount(locale, money.amount(), money.currency()) + " " + money.currency();
    }

    public static String amount(Locale locale, BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        // without a currency, a number shows the decimals it needs: a 40.0000 % share is "40 %"
        int scale = currency == null ? Math.max(0, amount.stripTrailingZeros().scale()) : Money.scaleOf(currency);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(amount);
    }

    public static String date(Locale locale, LocalDate date) {
        return date == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /**
     * The locale's numeric short date with two-digit day and month and a four-digit year
     * ({@code dd/MM/yyyy} in French, {@code MM/dd/yyyy} in English): numbers only, because the
     * picker's month abbreviations are not Java's, and four digits so that no year is guessed.
     */
    public static String datePattern(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        return shortPattern.replaceAll("d+", "dd").replaceAll("M+", "MM").replaceAll("y+", "yyyy");
    }

    public static String dateExample(Locale locale) {
        return DateTimeFormatter.ofPattern(datePattern(locale), locale).format(LocalDate.of(2021, 1, 31));
    }

    public static String time(Locale locale, Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    public static String label(Locale locale, Enum<?> value) {
        return value == null ? "" : lookup(locale, labelKey(value), value.name());
    }

    /** The bundle key of an enumeration constant's label. */
    public static String labelKey(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return "enum." + name + "." + value.name();
    }

    public static String code(Locale locale, String prefix, String code) {
        return code == null || code.isEmpty() ? "" : lookup(locale, prefix + code, code);
    }

    public static String list(Locale locale, Collection<?> values) {
        if (values == null) {
            return "";
        }
        return values.stream().sorted(Formats::natural).map(v -> String.valueOf(argument(locale, v)))
                .collect(Collectors.joining(", "));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int natural(Object a, Object b) {
        return a instanceof Comparable first && a.getClass() == b.getClass() ? first.compareTo(b) : 0;
    }

    /** A text of the bundle, or the fallback when the bundle has no such key. */
    public static String textOr(Locale locale, String key, String fallback) {
        return lookup(locale, key, fallback);
    }

    /**
     * A message of the bundle in a language; the key itself when missing (never an exception).
     * Amounts, dates, moments and enumeration constants among the arguments are formatted as on
     * the pages, a collection as {@link #list}; apostrophes are literal.
     */
    public static String text(Locale locale, String key, Object... args) {
        String pattern = lookup(locale, key, key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = argument(locale, args[i]);
        }
        return new MessageFormat(LONE_QUOTE.matcher(pattern).replaceAll("''"), locale).format(shown);
    }

    private static Object argument(Locale locale, Object arg) {
        if (arg instanceof Money money) {
            return money(locale, money);
        }
        if (arg instanceof LocalDate date) {
            return date(locale, date);
        }
        if (arg instanceof Instant instant) {
            return time(locale, instant);
        }
        if (arg instanceof Enum<?> value) {
            return label(locale, value);
        }
        if (arg instanceof BigDecimal number) {
            return amount(locale, number, null);
        }
        if (arg instanceof Collection<?> values) {
            return list(locale, values);
        }
        return arg;
    }

    private static String lookup(Locale locale, String key, String fallback) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
