package org.m4d.grants.reporting.domain;

/**
 * An outcome's grant indicators in one country or (country null) the programme: how many are linked to
 * it, how many have an accepted actual, and how many of those have reached their target.
 */
public record OutcomeTotal(String country, int outcome, int linked, int reporting, int targetsMet) {
}
