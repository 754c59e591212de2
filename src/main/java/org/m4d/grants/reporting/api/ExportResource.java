package org.m4d.grants.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4d.grants.audit.domain.AuditSearch;
import org.m4d.grants.platform.api.RequestTransaction;
import org.m4d.grants.platform.application.CsvExport;
import org.m4d.grants.platform.application.XlsxExport;
import org.m4d.grants.platform.domain.Sheet;
import org.m4d.grants.proposal.domain.Level;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.reporting.application.ListExports;
import org.m4d.grants.reporting.web.ExportSheets;

/**
 * The list exports of one country: {@code /api/v1/tenants/NP/exports/proposals} (and {@code reviews},
 * {@code indicators}, {@code audit}) with the list pages' filters as query parameters. The file is
 * CSV, or XLSX when {@code format=xlsx} or the {@code Accept} header asks for it.
 */
@RequestTransaction
@Path("tenants/{tenant}/exports")
public class ExportResource {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");
    private static final int MAX_TEXT = 200;
    private static final int MAX_FILTER = 100;

    @Inject
    ListExports exports;

    @Context
    HttpHeaders headers;

    @PathParam("tenant")
    String tenant;

    @QueryParam("format")
    String format;

    @GET
    @Path("proposals")
    public Response proposals(@QueryParam("state") String state, @QueryParam("sector") String sector,
                              @QueryParam("level") String level, @QueryParam("gender") String gender,
                              @QueryParam("covid") String covid, @QueryParam("text") String text) {
        ProposalSearch search = search(state, sector, level, gender, covid, text);
        return file("proposals", ExportSheets.proposals(exports.proposals(List.of(tenant), search), locale()));
    }

    @GET
    @Path("reviews")
    public Response reviews(@QueryParam("state") String state, @QueryParam("sector") String sector,
                            @QueryParam("level") String level, @QueryParam("gender") String gender,
                            @QueryParam("covid") String covid, @QueryParam("text") String text) {
        ProposalSearch search = search(state, sector, level, gender, covid, text);
        return file("reviews", ExportSheets.reviews(exports.reviews(List.of(tenant), search), locale()));
    }

    @GET
    @Path("indicators")
    public Response indicators(@QueryParam("state") String state, @QueryParam("sector") String sector,
                               @QueryParam("level") String level, @QueryParam("gender") String gender,
                               @QueryParam("covid") String covid, @QueryParam("text") String text) {
        ProposalSearch search = search(state, sector, level, gender, covid, text);
        return file("indicators", ExportSheets.indicators(exports.indicators(List.of(tenant), search), locale()));
    }

    @GET
    @Path("audit")
    public Response audit(@QueryParam("action") String action, @QueryParam("user") String user) {
        AuditSearch search = new AuditSearch(bounded("action", action, MAX_FILTER), bounded("user", user, MAX_FILTER));
        return file("audit", ExportSheets.audit(exports.audit(List.of(tenant), null, search), locale()));
    }

    private static ProposalSearch search(String state, String sector, String level, String gender, String covid,
                                         String text) {
        if (gender != null && !gender.matches("[0-2]")) {
            throw new BadRequestException("Query parameter gender: 0, 1 or 2");
        }
        if (covid != null && !covid.equals("yes") && !covid.equals("no")) {
            throw new BadRequestException("Query parameter covid: yes or no");
        }
        return new ProposalSearch(enumOf("state", ProposalState.class, state), enumOf("sector", Sector.class, sector),
                enumOf("level", Level.class, level), gender == null ? null : Integer.valueOf(gender),
                covid == null ? null : covid.equals("yes"), bounded("text", text, MAX_TEXT),
                ProposalSearch.Order.CREATED, false, null);
    }

    private static <E extends Enum<E>> E enumOf(String name, Class<E> type, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> new BadRequestException("Query parameter " + name + ": one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    private static String bounded(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new BadRequestException("Query parameter " + name + ": at most " + max + " characters");
        }
        return value;
    }

    /** The file, named after what it holds: {@code proposals-NP.csv}. */
    private Response file(String what, Sheet sheet) {
        boolean xlsx = xlsx();
        byte[] content = xlsx ? XlsxExport.write(sheet) : CsvExport.write(sheet);
        String name = what + "-" + tenant + (xlsx ? ".xlsx" : ".csv");
        return Response.ok(content, xlsx ? XlsxExport.CONTENT_TYPE : CsvExport.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private boolean xlsx() {
        if (format != null) {
            return switch (format) {
                case "csv" -> false;
                case "xlsx" -> true;
                default -> throw new BadRequestException("Query parameter format: csv or xlsx");
            };
        }
        return headers.getAcceptableMediaTypes().stream().filter(t -> !t.isWildcardType())
                .findFirst().map(t -> t.isCompatible(MediaType.valueOf(XlsxExport.CONTENT_TYPE))).orElse(false);
    }

    /** The first language of {@code Accept-Language} the application speaks, English otherwise. */
    private Locale locale() {
        return headers.getAcceptableLanguages().stream().map(Locale::getLanguage).filter(LANGUAGES::contains)
                .findFirst().map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }
}
