package org.m4d.grants.practice.domain;

import java.util.Locale;

/**
 * What the library is searched for; a part left empty matches everything. The text is looked for,
 * ignoring case, in the title, summary, lessons and the results' indicators.
 */
public record PracticeSearch(String text, String sector, Integer outcome, String country) {

    public static final int TEXT_MAX = 200;

    public PracticeSearch {
        text = blankToNull(text);
        sector = blankToNull(sector);
        country = blankToNull(country);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean matchesCountry(String code) {
        return country == null || country.equalsIgnoreCase(code);
    }

    public boolean matches(Practice practice) {
        return (sector == null || sector.equalsIgnoreCase(practice.sector()))
                && (outcome == null || practice.outcomes().contains(outcome))
                && (text == null || contains(practice));
    }

    private boolean contains(Practice practice) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return practice.title().toLowerCase(Locale.ROOT).contains(wanted)
                || practice.summary().toLowerCase(Locale.ROOT).contains(wanted)
                || practice.lessons().toLowerCase(Locale.ROOT).contains(wanted)
                || practice.results().stream().anyMatch(r -> r.indicator().toLowerCase(Locale.ROOT).contains(wanted));
    }
}
