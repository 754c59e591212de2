package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.domain.AgreementLine;
import org.m4d.grants.grant.domain.AgreementVersion;
import org.m4d.grants.grant.domain.Amendment;
import org.m4d.grants.grant.domain.AmendmentRepository;
import org.m4d.grants.grant.domain.AmendmentRules;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.TranchePlan;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.review.application.ReviewService;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.GrantAmendment;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Use cases of grant amendments: asking for one (checked at once, then decided in its own
 * process), and putting an approved one in force as the agreement's next version. Each public
 * method is one transaction; the grant row is locked as for a disbursement, so an amendment and a
 * disbursement never interleave.
 */
@ApplicationScoped
@Transactional
public class AmendmentService {

    @Inject
    GrantService grantService;

    @Inject
    GrantRepository grants;

    @Inject
    AmendmentRepository amendments;

    @Inject
    ProposalService proposals;

    @Inject
    ReviewService reviews;

    @Inject
    ProgrammeCatalogue programme;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Workflow workflow;

    @Inject
    CallEnvelopes envelopes;

    /** A change of a budget line by more than this share of it (in %) needs the grant's approval authority. */
    @Inject
    @ConfigProperty(name = "m4d.amendment.revision-threshold", defaultValue = "20")
    BigDecimal revisionThreshold;

    /**
     * Asks for an amendment: the applicant who owns the grant or a coordinator. Refused at once,
     * with nothing written, when it breaks a rule of its kind or another amendment is still open.
     */
    public Amendment request(long proposalId, @NotNull @Valid AmendmentRequest request) {
        if (!proposals.visibility(proposalId).amendsGrant()) {
            throw new ForbiddenException("An amendment is asked for by the applicant who owns the grant or a coordinator");
        }
        GrantAgreement grant = grantService.lockedGrant(proposalId);
        if (grant.status() == GrantAgreement.Status.CLOSED) {
            throw new DomainException("The grant is closed; it can no longer be amended").withKey("error.grant.closed");
        }
        List<Amendment> earlier = amendments.amendments(grant.id());
        if (earlier.stream().anyMatch(a -> a.status() == Amendment.Status.REQUESTED)) {
            throw new ConflictException("Another amendment of this grant is still being decided")
                    .withKey("error.amendment.open");
        }
        Proposal proposal = proposals.proposal(proposalId);
        int number = earlier.size() + 1;
        String by = access.username();
        Instant now = Instant.now();
        Map<String, Object> variables = new HashMap<>();
        String route;
        Amendment amendment = switch (request.kind()) {
            case NO_COST_EXTENSION -> {
                LocalDate start = proposal.profile().startDate() != null ? proposal.profile().startDate()
                        : grant.approvedAt().atZone(ZoneOffset.UTC).toLocalDate();
                boolean beyond = AmendmentRules.extensionBeyondPhase(start, grant.endDate(), request.newEndDate(),
                        phaseOf(start).endDate());
                route = beyond ? GrantAmendment.ROUTE_PMU : GrantAmendment.ROUTE_COORDINATOR;
                variables.put(GrantLifecycle.VAR_APPROVAL_AUTHORITY, beyond ? "global" : "country");
                yield Amendment.extension(grant.id(), number, request.newEndDate(), request.reason(), by, now);
            }
            case BUDGET_REVISION -> {
                List<AgreementLine> lines = request.lines() == null ? null : request.lines().stream()
                        .map(l -> new AgreementLine(l.description().strip(), l.amount())).toList();
                boolean large = AmendmentRules.revisionNeedsApprover(inForce(grant).lines(), lines,
                        revisionThreshold, grant.approved().currency());
                route = large ? GrantAmendment.ROUTE_AUTHORITY : GrantAmendment.ROUTE_COORDINATOR;
                routing(variables, proposal, grant.approved(), grant.usdRate());
                yield Amendment.revision(grant.id(), number, lines, request.reason(), by, now);
            }
            case AMOUNT_CHANGE -> {
                boolean increase = AmendmentRules.amountIncrease(grant.approved(), request.newAmount(),
                        grants.disbursedTotal(grant));
                route = increase ? GrantAmendment.ROUTE_AUTHORITY : GrantAmendment.ROUTE_COORDINATOR;
                routing(variables, proposal, Money.of(request.newAmount(), grant.approved().currency()), grant.usdRate());
                yield Amendment.amountChange(grant.id(), number, request.newAmount(), request.reason(), by, now);
            }
        };
        amendments.store(amendment);
        variables.put(GrantAmendment.VAR_AMENDMENT_ID, amendment.id());
        variables.put(GrantAmendment.VAR_KIND, amendment.kind().name());
        variables.put(GrantAmendment.VAR_ROUTE, route);
        amendment.startedAs(workflow.startCase(GrantAmendment.PROCESS_KEY, proposalId, variables));
        audit.record(by, "AMENDMENT_REQUESTED", ProposalService.SUBJECT, proposalId, null, null,
                "Amendment " + number + " (" + amendment.kind() + "): " + describe(grant, amendment) + "; "
                        + amendment.reason());
        return amendment;
    }

    /** The grant's amendments, the first first; for those who read the grant. */
    public List<Amendment> list(long proposalId) {
        return amendments.amendments(readableGrant(proposalId).id());
    }

    /** The grant's versions, version 1 (the agreement as approved) first; for those who read the grant. */
    public List<AgreementVersion> versions(long proposalId) {
        GrantAgreement grant = readableGrant(proposalId);
        List<AgreementVersion> stored = amendments.versions(grant.id());
        return stored.isEmpty() ? List.of(first(grant)) : stored;
    }

    /**
     * Called by the workflow once the amendment is approved: the next version comes into force, the
     * grant's ceiling and end date follow it and the undisbursed tranches are planned again.
     */
    public void apply(long proposalId, long amendmentId, String decidedBy) {
        GrantAgreement grant = grantService.lockedGrant(proposalId);
        Amendment amendment = amendment(grant, amendmentId);
        List<AgreementVersion> stored = amendments.versions(grant.id());
        AgreementVersion current = stored.isEmpty() ? first(grant) : stored.get(stored.size() - 1);
        if (stored.isEmpty()) {
            amendments.store(current);
        }
        Money amount = current.approved();
        LocalDate end = current.endDate();
        List<AgreementLine> lines = current.lines();
        switch (amendment.kind()) {
            case NO_COST_EXTENSION -> end = amendment.newEndDate();
            case BUDGET_REVISION -> lines = amendment.lines();
            case AMOUNT_CHANGE -> {
                amount = Money.of(amendment.newAmount(), amount.currency());
                AmendmentRules.amountIncrease(current.approved(), amendment.newAmount(), grants.disbursedTotal(grant));
                TranchePlan.replan(grants.tranches(grant), amount, n -> grants.disbursedFromTranche(grant, n));
            }
        }
        Instant now = Instant.now();
        AgreementVersion next = current.next(amount, end, lines, amendment.id(), now);
        amendments.store(next);
        grant.amend(amount, end);
        amendment.approve(decidedBy, now);
        audit.record(decidedBy, "AMENDMENT_APPLIED", ProposalService.SUBJECT, proposalId, null, null,
                "Amendment " + amendment.number() + " in force as version " + next.number() + ": "
                        + describe(grant, current, next));
    }

    /** Called by the workflow when the amendment is refused. */
    public void reject(long proposalId, long amendmentId, String decidedBy) {
        GrantAgreement grant = grantService.lockedGrant(proposalId);
        Amendment amendment = amendment(grant, amendmentId);
        amendment.reject(decidedBy, Instant.now());
        audit.record(decidedBy, "AMENDMENT_REJECTED", ProposalService.SUBJECT, proposalId, null, null,
                "Amendment " + amendment.number() + " (" + amendment.kind() + ") rejected");
    }

    /** The amendment a task of the proposal's amendment process is about. */
    public Amendment of(long proposalId, long amendmentId) {
        return amendment(grantService.grant(proposalId), amendmentId);
    }

    /** The terms in force, which an amendment changes. */
    public AgreementVersion inForce(GrantAgreement grant) {
        List<AgreementVersion> stored = amendments.versions(grant.id());
        return stored.isEmpty() ? first(grant) : stored.get(stored.size() - 1);
    }

    private AgreementVersion first(GrantAgreement grant) {
        List<AgreementLine> lines = proposals.proposal(grant.proposalId()).profile().budgetLines().stream()
                .map(l -> new AgreementLine(l.description(), l.amount())).toList();
        return new AgreementVersion(grant.id(), 1, grant.approved(), grant.endDate(), lines, null, grant.approvedAt());
    }

    /** The facts the approval-authority table reads, for the amount the grant would have. */
    private void routing(Map<String, Object> variables, Proposal proposal, Money total, BigDecimal usdRate) {
        variables.put(GrantLifecycle.VAR_AMOUNT_USD, routedUsd(total, usdRate));
        variables.put(GrantLifecycle.VAR_AVERAGE_SCORE, reviews.averageScore(proposal.id()).orElse(0));
        variables.put(GrantLifecycle.VAR_SECTOR, proposal.sector().name());
        variables.put(GrantLifecycle.VAR_BEYOND_ENVELOPE, envelopes.beyondEnvelope(proposal.id(),
                BigDecimal.valueOf(routedUsd(total, usdRate))));
    }

    /**
     * The whole dollars the approval-authority table reads for the amount, at the grant's agreement
     * rate. A grant in dollars needs none; one approved when its country had no rate (possible since
     * rates are a history) cannot be routed, and says so rather than read its local amount as dollars.
     * Thrown before the amendment is stored, so nothing is half-saved.
     */
    static long routedUsd(Money total, BigDecimal usdRate) {
        if ("USD".equals(total.currency())) {
            return total.amount().setScale(0, RoundingMode.CEILING).longValueExact();
        }
        if (usdRate == null || usdRate.signum() <= 0) {
            throw new DomainException("This grant has no dollar rate of " + total.currency()
                    + " (its country had none when it was approved), so the approval authority of this amendment"
                    + " cannot be worked out").withKey("error.amendment.noRate", total.currency());
        }
        return total.amount().divide(usdRate, 0, RoundingMode.CEILING).longValueExact();
    }

    private Amendment amendment(GrantAgreement grant, long amendmentId) {
        return amendments.amendments(grant.id()).stream().filter(a -> a.id() == amendmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Amendment"));
    }

    private GrantAgreement readableGrant(long proposalId) {
        if (!proposals.visibility(proposalId).readsGrant()) {
            throw new ForbiddenException("The grant is read by finance, coordinators, the programme unit, observers"
                    + " and the applicant who owns it");
        }
        return grantService.grant(proposalId);
    }

    /** The phase of an initiative: the one in force on its first day. */
    private ProgrammeCatalogue.Phase phaseOf(LocalDate start) {
        return programme.phaseInForce(start).orElseThrow(() -> new NotFoundException("Programme phase"));
    }

    private static String describe(GrantAgreement grant, Amendment a) {
        return switch (a.kind()) {
            case NO_COST_EXTENSION -> "end date " + grant.endDate() + " → " + a.newEndDate();
            case BUDGET_REVISION -> a.lines().stream().map(l -> l.description() + " " + l.amount().toPlainString())
                    .reduce((x, y) -> x + ", " + y).orElse("");
            case AMOUNT_CHANGE -> grant.approved() + " → " + Money.of(a.newAmount(), grant.approved().currency());
        };
    }

    private static String describe(GrantAgreement grant, AgreementVersion before, AgreementVersion after) {
        StringBuilder change = new StringBuilder();
        if (before.approved().compareTo(after.approved()) != 0) {
            change.append("amount ").append(before.approved()).append(" → ").append(after.approved()).append("; ");
        }
        if (!java.util.Objects.equals(before.endDate(), after.endDate())) {
            change.append("end date ").append(before.endDate()).append(" → ").append(after.endDate()).append("; ");
        }
        for (int i = 0; i < Math.min(before.lines().size(), after.lines().size()); i++) {
            BigDecimal was = before.lines().get(i).amount();
            BigDecimal is = after.lines().get(i).amount();
            if (was.compareTo(is) != 0) {
                change.append(before.lines().get(i).description()).append(' ').append(Money.of(was, grant.approved()
                        .currency())).append(" → ").append(Money.of(is, grant.approved().currency())).append("; ");
            }
        }
        return change.length() == 0 ? "no change" : change.substring(0, change.length() - 2);
    }
}
