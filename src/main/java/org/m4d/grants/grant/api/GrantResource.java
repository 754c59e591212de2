package org.m4d.grants.grant.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.grant.application.DisbursementEntry;
import org.m4d.grants.grant.application.FaceService;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.application.GrantView;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * The grant of an approved proposal and its ledger:
 * {@code /api/v1/tenants/NP/proposals/{id}/grant}. A disbursement POST with an
 * {@code Idempotency-Key} header records once however often it is retried.
 */
@RequestTransaction
@Path("tenants/{tenant}/proposals/{proposal}/grant")
@Produces(MediaType.APPLICATION_JSON)
public class GrantResource {

    public record EntryDto(long id, String kind, BigDecimal amount, String currency, LocalDate date, String reference,
                           Long reverses, String reason, String recordedBy, Instant recordedAt, String vendor,
                           String invoiceReference, BigDecimal usdRate, BigDecimal usdAmount) {
        static EntryDto of(Disbursement d) {
            return new EntryDto(d.id(), d.kind().name(), d.amount().amount(), d.amount().currency(), d.disbursedOn(),
                    d.reference(), d.reversesId(), d.reason(), d.recordedBy(), d.recordedAt(), d.vendor(),
                    d.invoiceReference(), d.usdRate(), d.usdAmount());
        }
    }

    public record TrancheDto(int number, BigDecimal percentage, BigDecimal amount, String status) {
        static TrancheDto of(Tranche t, String currency) {
            return new TrancheDto(t.number(), t.percentage(), t.amount(currency).amount(), t.status().name());
        }
    }

    public record ActualDto(String name, BigDecimal actual) {
    }

    public record ReportDto(long id, int tranche, String kind, String narrative, Integer beneficiariesReached,
                            LocalDate periodStart, LocalDate periodEnd, BigDecimal authorised, BigDecimal expenditure,
                            BigDecimal balance, List<ActualDto> indicatorActuals, String status,
                            String verificationNote, String submittedBy, Instant submittedAt) {
        static ReportDto of(Report r) {
            return new ReportDto(r.id(), r.trancheNumber(), r.kind().name(), r.narrative(), r.beneficiariesReached(),
                    r.periodStart(), r.periodEnd(), r.authorised().amount(), r.expenditure().amount(),
                    r.balance().amount(), r.indicatorActuals().stream().map(a -> new ActualDto(a.name(), a.actual()))
                            .toList(), r.status().name(), r.verificationNote(), r.submittedBy(), r.submittedAt());
        }
    }

    /** A grant agreement with its terms, tranches, ledger and reports. */
    public record GrantDto(String status, BigDecimal approvedAmount, String currency, BigDecimal usdRate,
                           BigDecimal approvedUsd, String modality, String approvedBy, Instant approvedAt,
                           BigDecimal disbursed, BigDecimal remaining, List<TrancheDto> tranches,
                           List<EntryDto> ledger, List<ReportDto> reports) {
        public static GrantDto of(GrantView g) {
            GrantAgreement a = g.agreement();
            return new GrantDto(a.status().name(), a.approved().amount(), a.approved().currency(), a.usdRate(),
                    a.approvedUsd(), a.modality() == null ? null : a.modality().name(), a.approvedBy(), a.approvedAt(),
                    g.disbursed().amount(), g.remaining().amount(),
                    g.tranches().stream().map(t -> TrancheDto.of(t, g.currency())).toList(),
                    g.ledger().stream().map(EntryDto::of).toList(), g.reports().stream().map(ReportDto::of).toList());
        }
    }

    /** Payload of a reversal. */
    public record ReversalPayload(String reason) {
    }

    @Inject
    GrantService grants;

    @Inject
    FaceService faces;

    @PathParam("proposal")
    long proposal;

    @GET
    public GrantDto grant() {
        return GrantDto.of(grants.ofProposal(proposal).orElseThrow(() -> new NotFoundException("Grant")));
    }

    @GET
    @Path("face")
    public FaceDto face() {
        return FaceDto.of(faces.ofProposal(proposal));
    }

    @POST
    @Path("disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryDto disburse(@HeaderParam("Idempotency-Key") String key, DisbursementEntry entry) {
        return EntryDto.of(grants.disburse(proposal, entry, key));
    }

    @POST
    @Path("disbursements/{entry}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryDto reverse(@PathParam("entry") long entry, ReversalPayload payload) {
        return EntryDto.of(grants.reverse(proposal, entry, payload == null ? null : payload.reason()));
    }
}
