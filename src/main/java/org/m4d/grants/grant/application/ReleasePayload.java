package org.m4d.grants.grant.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The payload of a tranche's release: empty, or a last disbursement to record first (then checked
 * as a {@link DisbursementEntry}).
 */
public record ReleasePayload(BigDecimal amount, LocalDate date, String reference) {
}
