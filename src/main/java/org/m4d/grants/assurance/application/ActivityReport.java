package org.m4d.grants.assurance.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The payload of a visit, spot check or audit: the day it took place and what it found (maybe nothing). */
public record ActivityReport(
        @NotNull(message = "{m4d.assurance.dateRequired}")
        @PastOrPresent(message = "{m4d.assurance.datePast}")
        LocalDate date,
        @Size(max = 50, message = "{m4d.findings.size}")
        List<@NotNull @Valid FindingEntry> findings) {

    public ActivityReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
