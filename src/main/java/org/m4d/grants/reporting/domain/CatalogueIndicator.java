package org.m4d.grants.reporting.domain;

/** A programme indicator the roll-up adds up to, in its unit. */
public record CatalogueIndicator(long id, int outcome, String name, String unit) {
}
