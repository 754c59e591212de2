package org.m4d.grants.practice.application;

import jakarta.validation.constraints.NotNull;

/** The applicant's answer: {@code true} publishes the practice to every country, {@code false} withdraws it. */
public record ConsentInput(@NotNull(message = "{m4d.practice.consent.required}") Boolean publish) {
}
