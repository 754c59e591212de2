package org.m4d.grants.proposal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.proposal.application.LookAlikeScreening;
import org.m4d.grants.proposal.domain.LookAlikeRules;

/**
 * Duplicate screening ({@code /api/v1/tenants/NP/proposals/7/look-alikes}, docs/adr/0036): the
 * proposals of the country, of any call, that look like this one, each with its reasons and their
 * figures; for the country's coordinators and the programme unit.
 */
@RequestTransaction
@Path("tenants/{tenant}/proposals/{id}/look-alikes")
@Produces(MediaType.APPLICATION_JSON)
public class LookAlikeResource {

    /** A proposal that looks alike: its state, the call it was made for and why it looks alike. */
    public record LookAlikeDto(long id, String title, String state, Long callId, String callTitle,
                               List<ReasonDto> reasons) {
        static LookAlikeDto of(LookAlikeScreening.LookAlike a) {
            return new LookAlikeDto(a.proposal().id(), a.proposal().title(), a.proposal().state().name(),
                    a.proposal().callId(), a.call() == null ? null : a.call().title(),
                    a.reasons().stream().map(ReasonDto::of).toList());
        }
    }

    /**
     * One reason: the similarity in percent (titles, summaries), the places both name (as the other
     * proposal names them), the days both run (from, to); null or empty where the reason has none.
     */
    public record ReasonDto(String reason, Integer percent, List<PlaceDto> places, LocalDate from, LocalDate to) {
        static ReasonDto of(LookAlikeRules.Match m) {
            return new ReasonDto(m.reason().name(), m.percent(), m.places().stream().map(PlaceDto::of).toList(),
                    m.from(), m.to());
        }
    }

    @Inject
    LookAlikeScreening screening;

    @GET
    public List<LookAlikeDto> list(@PathParam("id") long id) {
        return screening.of(id).stream().map(LookAlikeDto::of).toList();
    }
}
