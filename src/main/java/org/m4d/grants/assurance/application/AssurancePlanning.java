package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.assurance.domain.ActivityKind;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.AssuranceRepository;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.application.CashTransferred;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.application.PartnerNames;
import org.m4d.grants.partner.application.PartnerRisk;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.workflow.application.AssurancePlan;
import org.m4d.grants.workflow.application.HactRules;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.AssuranceModel;

/**
 * Plans a partner's assurance year: the rating in force and the cash its grants paid in the year
 * go through the assurance-plan decision table, and each activity it asks for that the year does
 * not have yet is created and started as a process on the partner's latest grant. Planning again
 * adds only what is missing (a larger plan after more cash), never twice the same.
 */
@ApplicationScoped
@Transactional
public class AssurancePlanning {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Inject
    Access access;

    @Inject
    AssuranceRepository assurance;

    @Inject
    PartnerRisk risk;

    @Inject
    HactRules rules;

    @Inject
    CashTransferred cash;

    @Inject
    GrantPartners partners;

    @Inject
    PartnerNames names;

    @Inject
    Workflow workflow;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Whether the user may plan in the current country, for the page to offer it. */
    public boolean mayPlan() {
        return access.hasRole(Role.COORDINATOR) || access.hasRole(Role.FINANCE);
    }

    public PlannedYear plan(long partnerId, @NotNull(message = "{m4d.assurance.yearRequired}") Integer year) {
        access.requireAnyRole(Role.COORDINATOR, Role.FINANCE);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DomainException("Plan a year from " + FIRST_YEAR + " to " + LAST_YEAR)
                    .withKey("error.assurance.year", FIRST_YEAR, LAST_YEAR);
        }
        if (names.nameOf(partnerId).isEmpty()) {
            throw new NotFoundException("Partner");
        }
        List<Long> grants = cash.grantedProposals().stream()
                .filter(p -> partners.partnerOf(p).equals(Optional.of(partnerId))).toList();
        if (grants.isEmpty()) {
            throw new DomainException("This partner has no grant in this country to conduct assurance on")
                    .withKey("error.assurance.noGrant");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        RiskRating rating = risk.ratingOf(partnerId, today.isBefore(yearEnd) ? today : yearEnd);
        BigDecimal usd = cash.usdIn(grants, year);
        AssurancePlan plan = rules.assurancePlan(rating.name(), usd);
        List<AssuranceActivity> year0 = assurance.activities(partnerId, year).stream()
                .filter(a -> a.status() != AssuranceActivity.Status.CANCELLED).toList();
        List<AssuranceActivity> added = new ArrayList<>();
        added.addAll(missing(year0, ActivityKind.PROGRAMMATIC_VISIT, plan.programmaticVisits(), partnerId, grants.get(0), year));
        added.addAll(missing(year0, ActivityKind.SPOT_CHECK, plan.spotChecks(), partnerId, grants.get(0), year));
        added.addAll(missing(year0, ActivityKind.AUDIT, plan.scheduledAudit() ? 1 : 0, partnerId, grants.get(0), year));
        for (AssuranceActivity activity : added) {
            assurance.store(activity);
            activity.runBy(workflow.startCase(AssuranceModel.PROCESS_KEY, activity.proposalId(), Map.of(
                    AssuranceModel.VAR_ACTIVITY_ID, activity.id(), AssuranceModel.VAR_KIND, activity.kind().name(),
                    AssuranceModel.VAR_DUE, Date.from(activity.dueOn().atStartOfDay(ZoneOffset.UTC).toInstant()))));
        }
        audit.record(access.username(), "ASSURANCE_PLANNED", ProposalService.SUBJECT, grants.get(0), null, null,
                "Partner " + partnerId + ", " + year + ": rating " + rating + ", USD " + usd + " transferred; "
                        + plan.programmaticVisits() + " visit(s), " + plan.spotChecks() + " spot check(s), audit "
                        + (plan.scheduledAudit() ? "yes" : "no") + "; " + added.size() + " activity(ies) added");
        List<AssuranceActivity> all = new ArrayList<>(year0);
        all.addAll(added);
        return new PlannedYear(partnerId, year, rating, usd, plan, all, added.size());
    }

    /**
     * The activities of a kind the year still lacks, due spread over the year: of n, the i-th at the
     * end of month 12·i/n (four visits: end of March, June, September, December).
     */
    private static List<AssuranceActivity> missing(List<AssuranceActivity> existing, ActivityKind kind, int wanted,
                                                   long partnerId, long proposalId, int year) {
        long have = existing.stream().filter(a -> a.kind() == kind).count();
        List<AssuranceActivity> missing = new ArrayList<>();
        for (int i = (int) have; i < wanted; i++) {
            LocalDate due = YearMonth.of(year, 12 * (i + 1) / wanted).atEndOfMonth();
            missing.add(new AssuranceActivity(partnerId, proposalId, year, kind, due));
        }
        return missing;
    }
}
