package org.m4d.grants.tenancy.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.tenancy.application.ExchangeRateService;
import org.m4d.grants.tenancy.application.RateInput;
import org.m4d.grants.tenancy.domain.ExchangeRate;
import org.m4d.grants.tenancy.domain.RateHistory;

/**
 * Dollar rates by currency: {@code /api/v1/rates} (the currencies the caller reads, with the rate in
 * force today), {@code /api/v1/rates/XOF} (a currency's history; POST enters a rate).
 */
@RequestTransaction
@Path("rates")
@Produces(MediaType.APPLICATION_JSON)
public class RateResource {

    /** A currency with the rate in force today (UTC) and since when; both null before its first rate. */
    public record CurrencyDto(String currency, BigDecimal rate, LocalDate effectiveOn, boolean maintained) {
    }

    /** One rate as entered: units of the currency per US dollar from its date. */
    public record RateDto(String currency, LocalDate effectiveOn, BigDecimal rate, String recordedBy,
                         Instant recordedAt) {
        static RateDto of(ExchangeRate r) {
            return new RateDto(r.currency(), r.effectiveOn(), r.rate(), r.recordedBy(), r.recordedAt());
        }
    }

    @Inject
    ExchangeRateService rates;

    @GET
    public List<CurrencyDto> currencies() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return rates.currencies().stream().map(currency -> {
            ExchangeRate inForce = rates.history(currency).inForceOn(today).orElse(null);
            return new CurrencyDto(currency, inForce == null ? null : inForce.rate(),
                    inForce == null ? null : inForce.effectiveOn(), rates.maintains(currency));
        }).toList();
    }

    @GET
    @Path("{currency}")
    public List<RateDto> history(@PathParam("currency") String currency) {
        RateHistory history = rates.history(currency);
        return history.rates().stream().map(RateDto::of).toList();
    }

    @POST
    @Path("{currency}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("currency") String currency, RateInput input, @Context UriInfo uri) {
        ExchangeRate rate = rates.record(currency, input);
        return Response.created(uri.getAbsolutePath()).entity(RateDto.of(rate)).build();
    }
}
