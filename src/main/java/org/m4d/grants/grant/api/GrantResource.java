package org.m4d.grants.grant.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.application.GrantView;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * The grant of an approved proposal and its ledger:
 * {@code /api/v1/tenants/NP/proposals/{id}/grant}. A disbursement POST with an
 * {@code Idempotency-Key} header records once however often it is retried.
 */
@Path("tenants/{tenant}/proposals/{proposal}/grant")
@Produces(MediaType.APPLICATION_JSON)
public class GrantResource {

    public record EntryDto(long id, String kind, BigDecimal amount, String currency, LocalDate date, String reference,
                           Long reverses, String reason, String recordedBy, Instant recordedAt) {
        static EntryDto of(Disbursement d) {
            return new EntryDto(d.id(), d.kind().name(), d.amount().amount(), d.amount().currency(), d.disbursedOn(),
                    d.reference(), d.reversesId(), d.reason(), d.recordedBy(), d.recordedAt());
        }
    }

    public record GrantDto(BigDecimal approvedAmount, String currency, String approvedBy, Instant approvedAt,
                           BigDecimal disbursed, BigDecimal remaining, List<EntryDto> ledger) {
        static GrantDto of(GrantView g) {
            return new GrantDto(g.agreement().approved().amount(), g.agreement().approved().currency(),
                    g.agreement().approvedBy(), g.agreement().approvedAt(), g.disbursed().amount(),
                    g.remaining().amount(), g.ledger().stream().map(EntryDto::of).toList());
        }
    }

    /** Payload of a reversal. */
    public record ReversalPayload(@Size(max = 1000, message = "The reason can have at most 1000 characters") String reason) {
    }

    @Inject
    GrantService grants;

    @PathParam("tenant")
    String tenant;

    @PathParam("proposal")
    long proposal;

    @GET
    public GrantDto grant() {
        return GrantDto.of(grants.ofProposal(tenant, proposal).orElseThrow(() -> new NotFoundException("Grant")));
    }

    @POST
    @Path("disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryDto disburse(@HeaderParam("Idempotency-Key") String key, DisbursementEntry entry) {
        return EntryDto.of(grants.disburse(tenant, proposal, entry, key));
    }

    @POST
    @Path("disbursements/{entry}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryDto reverse(@PathParam("entry") long entry, ReversalPayload payload) {
        return EntryDto.of(grants.reverse(tenant, proposal, entry, payload == null ? null : payload.reason()));
    }
}
