package org.m4d.grants.programme.api;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.programme.application.CallInput;
import org.m4d.grants.programme.application.CallService;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.programme.domain.CallEnvelope;
import org.m4d.grants.programme.domain.CallSection;

/**
 * The calls for proposals of one country, {@code /api/v1/tenants/NP/calls} (ADR 31): each with the
 * country's envelope only; opened by pmu or the country's coordinators.
 */
@RequestTransaction
@Path("tenants/{tenant}/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    /** A call as one country sees it: its window, whether it is open today and the country's envelope (null: none). */
    public record CallDto(long id, String phaseId, String title, LocalDate opensOn, LocalDate closesOn,
                          boolean standing, boolean open, String country, BigDecimal envelopeUsd,
                          List<SectionDto> sections, BigDecimal shortFormUnderUsd, int filesRequired,
                          int filesRequiredShort) {
        static CallDto of(Call c, String country) {
            return new CallDto(c.id(), c.phaseId(), c.title(), c.opensOn(), c.closesOn(), c.standing(),
                    c.isOpenOn(LocalDate.now(ZoneOffset.UTC)), country,
                    c.envelopeOf(country).map(CallEnvelope::amountUsd).orElse(null),
                    c.sections().stream().map(SectionDto::of).toList(), c.shortFormUnderUsd().orElse(null),
                    c.filesRequired(false), c.filesRequired(true));
        }
    }

    /** A section the call asks (ADR 34): a library key's name or FREE_n, its texts by language (en, fr, es). */
    public record SectionDto(String code, boolean library, Map<String, String> question, Map<String, String> help,
                             boolean required, int wordLimit, boolean shortForm) {
        static SectionDto of(CallSection s) {
            return new SectionDto(s.code(), s.library(), languages(s.question()), languages(s.help()), s.required(),
                    s.wordLimit(), s.shortForm());
        }
    }

    private static Map<String, String> languages(CallSection.Texts texts) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : List.of("en", "fr", "es")) {
            if (texts.in(language) != null) {
                byLanguage.put(language, texts.in(language));
            }
        }
        return byLanguage;
    }

    @Inject
    CallService calls;

    @PathParam("tenant")
    String tenant;

    @GET
    public List<CallDto> list() {
        return calls.list().stream().map(c -> CallDto.of(c, tenant)).toList();
    }

    @GET
    @Path("{id}")
    public CallDto get(@PathParam("id") long id) {
        return CallDto.of(calls.call(id), tenant);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(CallInput input, @Context UriInfo uri) {
        long id = calls.open(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(CallDto.of(calls.call(id), tenant)).build();
    }
}
