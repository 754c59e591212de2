package org.m4d.grants.reporting.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.platform.domain.Money;

/**
 * What the IATI export needs to know of one grant, read from the proposal, grant and partner
 * contexts: the facts only, so that the mapping to IATI codes ({@link IatiWriter}) is tested alone.
 *
 * @param country     the tenant code, an ISO 3166-1 alpha-2 code
 * @param sector      the programme's sector code (e.g. {@code HEALTH})
 * @param donor       the funding organisation's name; null when no phase holds the grant's dates
 * @param partnerType the implementing partner's type (e.g. {@code NGO_CSO}); null without a partner
 * @param plannedEnd  the end date in force (the latest extension's)
 * @param firstPaid   the date of the first disbursement; null before any
 * @param closedOn    the day the grant was closed; null while it runs
 * @param budget      the amount in force
 * @param tranches    the amounts of the tranche plan in force, in order; empty before finance sets it
 * @param genderMarker the proposal's gender marker (0 not targeted, 1 significant, 2 principal); null without one
 * @param locations   the places of the scale-up, in the applicant's order
 */
public record IatiGrant(String country, long proposalId, String title, String description, String sector,
                        String sectorName, String donor, String partnerName, String partnerType, LocalDate approvedOn,
                        LocalDate plannedStart, LocalDate plannedEnd, LocalDate firstPaid, LocalDate closedOn,
                        Money budget, List<Money> tranches, Integer genderMarker, List<Location> locations,
                        List<Commitment> commitments, List<Payment> payments, List<Result> results) {

    /** A place of the scale-up, as the applicant named it: no administrative code is known. */
    public record Location(String region, String municipality) {
    }

    /** A change of what is committed: the approved amount at approval, then each amendment's difference. */
    public record Commitment(LocalDate date, Money value, String description) {
    }

    /**
     * A ledger entry: a disbursement, or a reversal (a negative amount) naming the entry it corrects.
     *
     * @param reverses the id of the corrected entry; null for a disbursement
     */
    public record Payment(long id, LocalDate date, Money value, String reference, Long reverses) {
    }

    /** An indicator of the proposal's results framework with what each accepted report says it reached. */
    public record Result(String indicator, String unit, BigDecimal baseline, BigDecimal target,
                         List<Actual> actuals) {
    }

    /** The value an indicator reached by the end of a report's period. */
    public record Actual(LocalDate periodStart, LocalDate periodEnd, BigDecimal value) {
    }
}
