package org.m4d.grants.reporting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.platform.domain.Sheet;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalProfile;
import org.m4d.grants.reporting.application.ListExports.IndicatorLine;
import org.m4d.grants.reporting.application.ListExports.ProposalLine;
import org.m4d.grants.reporting.application.ListExports.ReviewLine;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.review.domain.Review;

/**
 * The proposal, review, indicator and audit lists as export sheets (ADR 8): one row per proposal,
 * review, indicator actual or audit entry, headers and labels in the user's language, amounts and
 * figures as exact numbers, moments in UTC as the pages show them. Codes that a list holds several
 * of (outcomes, SDG targets, GCM objectives) share one cell, separated by "; ". A report's tranche is
 * the one it releases, blank for the final report.
 */
public final class ExportSheets {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ExportSheets() {
    }

    public static Sheet proposals(List<ProposalLine> rows, Locale locale) {
        List<String> headers = headers(locale, "country", "proposalId", "title", "state", "sector", "level",
                "outcomes", "sdgTargets", "gcmObjectives", "genderMarker", "covidRecovery", "currency", "requested",
                "usdRate", "requestedUsd", "createdBy", "created", "submitted");
        List<List<Sheet.Cell>> cells = rows.stream().map(line -> {
            Proposal p = line.proposal();
            ProposalProfile profile = line.profile();
            return List.of(Sheet.text(p.tenantId()), Sheet.text(p.id()), Sheet.text(p.title()),
                    label(locale, p.state()), label(locale, p.sector()), label(locale, profile.level()),
                    Sheet.text(joined(profile.outcomes())), Sheet.text(joined(profile.sdgTargets())),
                    Sheet.text(joined(profile.gcmObjectives())), Sheet.text(profile.genderMarker()),
                    Sheet.text(Formats.text(locale, profile.covidRecovery() ? "export.yes" : "export.no")),
                    Sheet.text(p.requestedAmount().currency()), Sheet.amount(p.requestedAmount()),
                    Sheet.number(p.usdRate()), Sheet.usd(p.requestedUsd()), Sheet.text(p.createdBy()),
                    Sheet.day(day(p.createdAt())), Sheet.day(day(p.submittedAt())));
        }).toList();
        return new Sheet(Formats.text(locale, "export.sheet.proposals"), headers, cells);
    }

    public static Sheet reviews(List<ReviewLine> rows, Locale locale) {
        List<String> headers = new ArrayList<>(headers(locale, "country", "proposalId", "title", "round", "agency",
                "reviewer"));
        Arrays.stream(Criterion.values()).forEach(c -> headers.add(Formats.label(locale, c)));
        headers.addAll(headers(locale, "weightedScore", "recommendation", "comments", "submittedAt"));
        List<List<Sheet.Cell>> cells = rows.stream().map(line -> {
            Review r = line.review();
            List<Sheet.Cell> row = new ArrayList<>(List.of(Sheet.text(line.proposal().tenantId()),
                    Sheet.text(line.proposal().id()), Sheet.text(line.proposal().title()), Sheet.text(r.reviewRound()),
                    label(locale, r.agency()), Sheet.text(r.reviewer())));
            r.scores().values().forEach(score -> row.add(Sheet.number(BigDecimal.valueOf(score))));
            row.addAll(List.of(new Sheet.Amount(r.weightedScore(), 2), label(locale, r.recommendation()),
                    Sheet.text(r.comments()), Sheet.text(moment(r.submittedAt()))));
            return List.copyOf(row);
        }).toList();
        return new Sheet(Formats.text(locale, "export.sheet.reviews"), headers, cells);
    }

    public static Sheet indicators(List<IndicatorLine> rows, Locale locale) {
        List<String> headers = headers(locale, "country", "proposalId", "title", "indicator", "unit", "baseline",
                "target", "tranche", "report", "periodEnd", "reportStatus", "actual");
        List<List<Sheet.Cell>> cells = rows.stream().map(line -> {
            Indicator i = line.indicator();
            Report report = line.report();
            return List.of(Sheet.text(line.proposal().tenantId()), Sheet.text(line.proposal().id()),
                    Sheet.text(line.proposal().title()), Sheet.text(i.name()), Sheet.text(i.unit()),
                    Sheet.number(i.baseline()), Sheet.number(i.target()),
                    Sheet.text(report == null || report.trancheNumber() == 0 ? null : report.trancheNumber()),
                    report == null ? Sheet.text(null) : label(locale, report.kind()),
                    Sheet.day(report == null ? null : report.periodEnd()),
                    report == null ? Sheet.text(null) : label(locale, report.status()), Sheet.number(line.actual()));
        }).toList();
        return new Sheet(Formats.text(locale, "export.sheet.indicators"), headers, cells);
    }

    public static Sheet audit(List<AuditEntry> rows, Locale locale) {
        List<String> headers = headers(locale, "occurredAt", "country", "user", "action", "subjectType", "subjectId",
                "fromState", "toState", "detail");
        List<List<Sheet.Cell>> cells = rows.stream().map(e -> List.of(Sheet.text(moment(e.occurredAt())),
                Sheet.text(e.tenantId()), Sheet.text(e.actor()), Sheet.text(e.action()), Sheet.text(e.subjectType()),
                Sheet.text(e.subjectId() == 0 ? null : e.subjectId()), Sheet.text(e.fromState()),
                Sheet.text(e.toState()), Sheet.text(e.detail()))).toList();
        return new Sheet(Formats.text(locale, "export.sheet.audit"), headers, cells);
    }

    private static Sheet.Cell label(Locale locale, Enum<?> value) {
        return Sheet.text(value == null ? null : Formats.label(locale, value));
    }

    private static String joined(Collection<?> codes) {
        return codes == null || codes.isEmpty() ? null
                : codes.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }

    private static LocalDate day(Instant moment) {
        return moment == null ? null : LocalDate.ofInstant(moment, ZoneOffset.UTC);
    }

    private static String moment(Instant moment) {
        return moment == null ? null : UTC.format(moment);
    }

    private static List<String> headers(Locale locale, String... columns) {
        return Arrays.stream(columns).map(c -> Formats.text(locale, "export.col." + c)).toList();
    }
}
