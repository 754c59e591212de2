package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.m4d.grants.audit.application.AuditLogService;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.audit.domain.AuditSearch;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.application.GrantView;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.proposal.application.ProposalPage;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalProfile;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.review.application.ReviewService;
import org.m4d.grants.review.domain.Review;

/**
 * The rows of the list exports (proposals, reviews, indicators, audit log): the same search, country
 * scope and visibility as the list pages, taken from the services that feed those pages, so that a
 * file never holds what the page would not show. One transaction per export.
 */
@ApplicationScoped
@Transactional
public class ListExports {

    /** As deep as the audit page reads; a list beyond it is for a database extract, not a spreadsheet. */
    public static final int MAX_ROWS = 10_000;

    @Inject
    ProposalService proposals;

    @Inject
    ReviewService reviews;

    @Inject
    GrantService grants;

    @Inject
    AuditLogService audit;

    @Inject
    Access access;

    @Inject
    TenantContext context;

    /**
     * A proposal with its profile, read in the proposal's country before the next country's rows
     * (a switch of country clears the persistence context, ADR 13).
     */
    public record ProposalLine(Proposal proposal, ProposalProfile profile) {
    }

    /** A review with the proposal it is of. */
    public record ReviewLine(Proposal proposal, Review review) {
    }

    /**
     * An indicator of a proposal's results framework with the actual one report gave it; a line
     * without a report for an indicator no report has reached yet, or whose reports the reader may not see.
     */
    public record IndicatorLine(Proposal proposal, Indicator indicator, Report report, BigDecimal actual) {
    }

    /** The proposals of the countries in scope matching the search, in its order, each with its profile. */
    public List<ProposalLine> proposals(@NotNull List<String> scope, @NotNull ProposalSearch search) {
        List<ProposalLine> lines = new ArrayList<>();
        for (String code : scope) {
            for (Proposal proposal : proposals.search(List.of(code), search, 0, MAX_ROWS).rows()) {
                lines.add(new ProposalLine(proposal, proposal.profile()));
            }
        }
        return lines.stream().sorted(Comparator.comparing(ProposalLine::proposal, ProposalPage.order(search)))
                .limit(MAX_ROWS).toList();
    }

    /**
     * The reviews of the matching proposals that the user may read (ADR 12): all of them for
     * coordinators and the global roles, a cleared reviewer's own and, once a round is complete,
     * the other agency's. Other roles are refused (403) as the reviews endpoint refuses them.
     */
    public List<ReviewLine> reviews(@NotNull List<String> scope, @NotNull ProposalSearch search) {
        for (String code : scope) {
            try (TenantContext.Scope in = access.enter(code)) {
                access.requireAnyRole(Role.COORDINATOR, Role.REVIEWER, Role.PMU, Role.OBSERVER);
            }
        }
        List<ReviewLine> lines = new ArrayList<>();
        for (ProposalLine line : proposals(scope, search)) {
            Proposal proposal = line.proposal();
            context.runIn(proposal.tenantId(), () -> {
                if (proposals.visibility(proposal.id()).readsReviews()) {
                    reviews.ofProposal(proposal.id()).forEach(r -> lines.add(new ReviewLine(proposal, r)));
                }
            });
        }
        return lines;
    }

    /**
     * The indicators of the matching proposals, one line per indicator and report that gave it an
     * actual. Baselines and targets are read by every reader of the proposal; actuals come from the
     * grant's reports and go only to those who read the grant (ADR 12).
     */
    public List<IndicatorLine> indicators(@NotNull List<String> scope, @NotNull ProposalSearch search) {
        List<IndicatorLine> lines = new ArrayList<>();
        for (ProposalLine line : proposals(scope, search)) {
            context.runIn(line.proposal().tenantId(), () -> lines.addAll(indicatorsOf(line)));
        }
        return lines;
    }

    private List<IndicatorLine> indicatorsOf(ProposalLine line) {
        Proposal proposal = line.proposal();
        List<Report> reports = reportsOf(proposal);
        List<IndicatorLine> lines = new ArrayList<>();
        for (Indicator indicator : line.profile().indicators()) {
            List<IndicatorLine> reached = new ArrayList<>();
            for (Report report : reports) {
                report.indicatorActuals().stream().filter(a -> a.name().equals(indicator.name()))
                        .map(IndicatorActual::actual).findFirst()
                        .ifPresent(actual -> reached.add(new IndicatorLine(proposal, indicator, report, actual)));
            }
            lines.addAll(reached.isEmpty() ? List.of(new IndicatorLine(proposal, indicator, null, null)) : reached);
        }
        return lines;
    }

    private List<Report> reportsOf(Proposal proposal) {
        if (!proposals.visibility(proposal.id()).readsGrant()) {
            return List.of();
        }
        return grants.ofProposal(proposal.id()).map(GrantView::reports).orElse(List.of());
    }

    /** The audit entries of the countries in scope (or the one named), newest first: the programme unit and observers. */
    public List<AuditEntry> audit(@NotNull List<String> scope, String country, @NotNull AuditSearch search) {
        return audit.page(scope, country, search, 0, MAX_ROWS).rows();
    }

    /** Whether the user may export reviews of every country in scope, to offer the download. */
    public boolean readsReviews(@NotNull List<String> scope) {
        return !scope.isEmpty() && scope.stream().allMatch(code -> context.runIn(code,
                () -> access.hasRole(Role.COORDINATOR) || access.hasRole(Role.REVIEWER) || access.hasRole(Role.PMU)
                        || access.hasRole(Role.OBSERVER)));
    }
}
