package org.m4d.grants.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.grant.application.AmendmentService;
import org.m4d.grants.grant.application.DisbursementRecorded;
import org.m4d.grants.grant.application.FacePayments;
import org.m4d.grants.grant.application.GrantService;
import org.m4d.grants.grant.application.ReleaseGate;
import org.m4d.grants.grant.application.ReleaseGates;
import org.m4d.grants.grant.application.ReportService;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.AccessDenied;
import org.m4d.grants.partner.application.PartnerRatings;
import org.m4d.grants.partner.application.PartnerService;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.grant.application.CallEnvelopes;
import org.m4d.grants.programme.application.CallCatalogue;
import org.m4d.grants.proposal.application.CallForms;
import org.m4d.grants.proposal.application.ProposalAnswers;
import org.m4d.grants.workflow.application.FormRules;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.proposal.application.AttachmentService;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.application.ProgrammeFit;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.review.application.CountryWeights;
import org.m4d.grants.review.application.ReviewService;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.tenancy.application.ExchangeRateService;
import org.m4d.grants.tenancy.application.TenantSettingsService;
import org.m4d.grants.tenancy.application.UsdRates;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.tenancy.domain.Timer;
import org.m4d.grants.tenancy.domain.TimerSettings;
import org.m4d.grants.workflow.application.FakeWorkflow;

/**
 * The use cases of proposals, reviews, grants and reports as the container assembles them, on
 * repositories in memory and the workflow port's fake; the user, the country and the records of
 * what happened (audit trail, denied attempts, workflow calls) are the test's to set and read.
 * Countries: Nepal (NPR, 133.5 per USD), Senegal (XOF, 600 per USD), Bangladesh (knowledge
 * sharing only), at the rates of {@link InMemoryRates}.
 */
public final class UseCases {

    public final TenantContext context = new TenantContext();
    public final SignedInUser user = new SignedInUser();
    public final List<AccessDenied> denials = new ArrayList<>();
    /** The disbursements announced to the notification context. */
    public final List<DisbursementRecorded> disbursed = new ArrayList<>();
    public final InMemoryAudit audit = new InMemoryAudit(context);
    public final InMemoryProposals proposalRows = new InMemoryProposals(context);
    public final InMemoryProposalMembers memberRows = new InMemoryProposalMembers(context);
    public final InMemoryAttachments attachmentRows = new InMemoryAttachments(context);
    public final InMemoryReviews reviewRows = new InMemoryReviews(context);
    public final InMemoryGrants grantRows = new InMemoryGrants(context);
    public final FakeWorkflow workflow = new FakeWorkflow(context, user);
    public final InMemoryPartners partnerRows = new InMemoryPartners(context);
    /** The dollar rates, as seeded; a test adds later ones. */
    public final InMemoryRates rates = new InMemoryRates();

    public final Access access;
    public final PartnerService partners = new PartnerService();
    /** The partner context's answers to the others: a partner's name and its rating on a day. */
    public final PartnerRatings partnerRatings = new PartnerRatings();
    public final ProposalService proposals = new ProposalService();
    public final InMemoryMarkerRequirements markerRequirements = new InMemoryMarkerRequirements();
    public final AttachmentService attachments = new AttachmentService();
    public final ReviewService reviews = new ReviewService();
    public final CountryWeights weights = new CountryWeights();
    public final GrantService grants = new GrantService();
    /** The gates before a payment; a test adds one to stop it. */
    public final List<ReleaseGate> releaseGates = new ArrayList<>();
    public final ReportService reports = new ReportService();
    public final InMemoryAmendments amendmentRows = new InMemoryAmendments(context);
    public final AmendmentService amendments = new AmendmentService();
    public final ExchangeRateService exchangeRates = new ExchangeRateService();
    /** The calls for proposals: the test phase's standing call; a test opens others. */
    public final InMemoryCalls callRows = new InMemoryCalls();
    public final CallCatalogue calls = new CallCatalogue();
    public final CallEnvelopes envelopes = new CallEnvelopes();
    /** The proposals' answers to their calls' sections, every round. */
    public final InMemoryAnswers answerRows = new InMemoryAnswers(context);
    /** The form a proposal fills; its form-length rule is the table's: short under the call's threshold. */
    public final CallForms forms = new CallForms();
    public final ProposalAnswers answers = new ProposalAnswers();

    public UseCases() {
        access = Wiring.wire(new Access(), user, new FiredEvents<AccessDenied>(denials::add), context);
        AuditTrail trail = Wiring.wire(new AuditTrail(), audit, new ActiveTransaction());
        TenantSettingsService settings = new TenantSettingsService() {
            @Override
            public Map<String, Integer> weightsOf() {
                Map<String, Integer> percentages = new HashMap<>();
                for (Criterion criterion : Criterion.values()) {
                    percentages.put(criterion.name(), criterion == Criterion.RELEVANCE ? 25 : 15);
                }
                return percentages;
            }

            @Override
            public TimerSettings timersOf() {
                Map<Timer, Integer> days = new EnumMap<>(Timer.class);
                for (Timer timer : Timer.values()) {
                    days.put(timer, timer.after() == null ? 10 : 20);
                }
                return TimerSettings.ofDays(days, 2);
            }
        };
        TenantRepository tenants = new Countries();
        ProgrammeCatalogue programmes = FixedProgramme.ofTests();
        Wiring.wire(exchangeRates, rates, tenants, access, user);
        Wiring.wire(partnerRatings, partnerRows);
        Wiring.wire(partners, partnerRows, access, trail);
        UsdRates usdRates = rates.port();
        Wiring.wire(calls, callRows);
        FormRules formRules = (amountUsd, threshold) -> threshold != null && amountUsd.compareTo(threshold) < 0;
        Wiring.wire(forms, calls, formRules, usdRates, tenants, answerRows, attachmentRows, context);
        Wiring.wire(proposals, proposalRows, context, tenants, access, trail, workflow, programmes, reviews,
                partnerRatings, usdRates, Wiring.wire(new ProgrammeFit(), programmes, markerRequirements), calls,
                memberRows, forms);
        Wiring.wire(answers, proposals, answerRows, forms, access, trail);
        Wiring.wire(envelopes, proposals, grantRows, calls, context);
        Wiring.wire(attachments, attachmentRows, proposals, trail, access);
        Wiring.wire(weights, settings);
        Wiring.wire(reviews, reviewRows, proposals, workflow, access, trail);
        Wiring.wire(grants, grantRows, context, proposals, access, trail, workflow, tenants, usdRates,
                new FiredEvents<DisbursementRecorded>(disbursed::add), Wiring.wire(new FacePayments(), grantRows),
                new ReleaseGates() {
                    @Override
                    protected Iterable<ReleaseGate> all() {
                        return releaseGates;
                    }
                });
        Wiring.wire(reports, grants, grantRows, proposals, workflow, access, trail);
        Wiring.wire(amendments, grants, grantRows, amendmentRows, proposals, reviews, programmes, access, trail,
                workflow, new BigDecimal("20"), envelopes);
    }

    /** Runs a step in a country, as a request whose tenant context is that country. */
    public <T> T in(String tenant, Supplier<T> work) {
        return context.runIn(tenant, work);
    }

    public void in(String tenant, Runnable work) {
        context.runIn(tenant, work);
    }

    /** A draft of the signed-in applicant in the tenant context's country. */
    public long draft(String title, LeadActor leadActor, String amount) {
        return proposals.create(new ProposalDraft(title, Sector.EMPLOYMENT, leadActor, new BigDecimal(amount), null, null, null, null));
    }

    /** A proposal as stored, in the tenant context's country. */
    public Proposal proposal(long id) {
        return proposalRows.find(id).orElseThrow();
    }

    /** Takes a submitted proposal through screening and review to approval, as the lifecycle does. */
    public void approve(long id) {
        Proposal proposal = proposal(id);
        proposal.screen(Decision.ACCEPT);
        proposal.reviewsComplete();
        proposal.decide(Decision.ACCEPT);
    }

    /** The audit actions recorded on a proposal, oldest first. */
    public List<String> actionsOn(long proposalId) {
        return audit.ofSubject(ProposalService.SUBJECT, proposalId).stream().map(AuditEntry::action).toList();
    }

    /** The latest audit entry on a proposal. */
    public AuditEntry lastEntryOn(long proposalId) {
        List<AuditEntry> entries = audit.ofSubject(ProposalService.SUBJECT, proposalId);
        return entries.get(entries.size() - 1);
    }

    /** The task variables of a completion recorded by the workflow fake, by task id. */
    public Map<String, Object> completedWith(String taskId) {
        return workflow.completions().stream().filter(c -> c.taskId().equals(taskId)).findFirst().orElseThrow()
                .variables();
    }

    /** The countries of the tests. */
    private static final class Countries implements TenantRepository {

        private final List<Tenant> all = List.of(
                new Tenant("NP", "Nepal", "NPR", "en"),
                new Tenant("SN", "Senegal", "XOF", "en"),
                new Tenant("BD", "Bangladesh", "BDT", "en"));

        @Override
        public Optional<Tenant> find(String code) {
            return all.stream().filter(t -> t.code().equals(code)).findFirst();
        }

        @Override
        public List<Tenant> all() {
            return all;
        }
    }
}
