package org.m4d.grants.reporting.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A call for proposals in one country on the dashboard (ADR 31): its window and the country's
 * envelope, requested, approved and disbursed, all in US dollars at the rates of their own dates;
 * the envelope and what remains of it are null when the call sets none (a phase's standing call).
 */
public record CallFigures(String tenant, long callId, String title, LocalDate opensOn, LocalDate closesOn,
                          boolean open, BigDecimal envelopeUsd, BigDecimal requestedUsd, BigDecimal approvedUsd,
                          BigDecimal disbursedUsd, BigDecimal remainingUsd) {
}
