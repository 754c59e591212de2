package org.m4d.grants.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A place where a proposal scales up: a municipality of a region, both free text as the applicant
 * writes them (trimmed). Two places are the same place when their {@link #key() keys} are equal:
 * case, accents, punctuation and spacing aside (docs/adr/0036).
 */
@Embeddable
public class Place {

    /** The longest region or municipality name kept. */
    public static final int MAX_LENGTH = 100;

    @Column(nullable = false, length = MAX_LENGTH)
    private String region;

    @Column(nullable = false, length = MAX_LENGTH)
    private String municipality;

    protected Place() {
    }

    public Place(String region, String municipality) {
        this.region = region;
        this.municipality = municipality;
    }

    public String region() {
        return region;
    }

    public String municipality() {
        return municipality;
    }

    /** The region and municipality normalised, e.g. "bagmati/kathmandu" for " Bāgmati " and "KATHMANDU". */
    public String key() {
        return normalised(region) + "/" + normalised(municipality);
    }

    /**
     * A text for comparison: accents dropped, lower case, every run of characters other than letters
     * and digits made one space, trimmed.
     */
    public static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Place p && Objects.equals(region, p.region) && Objects.equals(municipality, p.municipality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, municipality);
    }

    @Override
    public String toString() {
        return region + " / " + municipality;
    }
}
