package org.m4d.grants.reporting.application;

/** How many proposals have one value of a property, e.g. one state or one sector. */
public record Count<T extends Enum<T>>(T value, long count) {
}
