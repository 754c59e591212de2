package org.m4d.grants.assurance.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.grant.application.CashTransferred;
import org.m4d.grants.grant.application.DisbursementEntry;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.application.PartnerNames;
import org.m4d.grants.partner.application.PartnerRisk;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.testing.ActiveTransaction;
import org.m4d.grants.testing.InMemoryAssurance;
import org.m4d.grants.testing.UseCases;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.application.AssurancePlan;
import org.m4d.grants.workflow.application.HactRules;
import org.m4d.grants.workflow.application.Steps;
import org.m4d.grants.workflow.application.TaskStep;
import org.m4d.grants.workflow.domain.AssuranceModel;

/**
 * The assurance use cases on the grant use cases of {@link UseCases}, in Nepal (133.5 NPR per USD),
 * with the partner context's rating and the decision table as fakes the test sets: a grant is of
 * the partner {@link #grant} names, rated {@link #rating}, and the table answers {@link #plan}.
 * Today is 2026-11-30.
 */
final class Assurance {

    static final long PARTNER = 7;
    /** Another partner of Nepal, without a grant unless a test gives it one. */
    static final long OTHER_PARTNER = 8;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    final UseCases app = new UseCases();
    final InMemoryAssurance rows = new InMemoryAssurance(app.context);
    final Map<Long, Long> partnerOfProposal = new HashMap<>();
    RiskRating rating = RiskRating.HIGH;
    AssurancePlan plan = new AssurancePlan(2, 1, true);
    /** What the decision table was asked: "rating usd". */
    final List<String> asked = new ArrayList<>();
    /** The days the rating was asked for. */
    final List<LocalDate> ratedOn = new ArrayList<>();

    final AssurancePlanning planning = new AssurancePlanning();
    final OpenFindingGate gate = new OpenFindingGate();
    final ConductVisit visit = new ConductVisit();
    final ConductSpotCheck spotCheck = new ConductSpotCheck();
    final RecordAudit audit = new RecordAudit();
    final FollowUpFinding followUp = new FollowUpFinding();
    final AssuranceActivities steps = new AssuranceActivities();
    final AssuranceOverview overview = new AssuranceOverview();

    Assurance() {
        AuditTrail trail = Wiring.wire(new AuditTrail(), app.audit, new ActiveTransaction());
        GrantPartners partners = proposalId -> Optional.ofNullable(partnerOfProposal.get(proposalId));
        HactRules rules = new HactRules() {
            @Override
            public Set<String> allowedModalities(String riskRating) {
                throw new UnsupportedOperationException("assurance never asks for modalities");
            }

            @Override
            public AssurancePlan assurancePlan(String riskRating, BigDecimal cashTransferredUsd) {
                asked.add(riskRating + " " + cashTransferredUsd);
                return plan;
            }
        };
        PartnerRisk risk = (partnerId, on) -> {
            ratedOn.add(on);
            return rating;
        };
        PartnerNames names = partnerId -> partnerId == PARTNER || partnerId == OTHER_PARTNER
                ? Optional.of("Partner " + partnerId) : Optional.empty();
        CashTransferred cash = Wiring.wire(new CashTransferred(), app.grantRows);
        Wiring.wire(planning, app.access, rows, risk, rules, cash, partners, names, app.workflow, trail);
        planning.clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        Wiring.wire(gate, rows, partners);
        for (ConductActivity handler : List.of(visit, spotCheck, audit)) {
            Wiring.wire(handler, app.access, rows, trail);
        }
        Wiring.wire(followUp, app.access, rows, trail);
        Wiring.wire(steps, rows);
        Wiring.wire(overview, rows, app.access, app.context, names);
        app.releaseGates.add(gate);
    }

    /**
     * An approved grant of NPR 1,500,000 of a partner in Nepal, planned 60/40 with its first tranche
     * open; returns the proposal id.
     */
    long grant(String title, long partnerId) {
        app.user.as("np.applicant", "NP", Role.APPLICANT);
        long proposal = app.in("NP", () -> app.draft(title, LeadActor.OTHER, "1500000"));
        app.in("NP", () -> app.proposals.submit(proposal));
        app.in("NP", () -> app.approve(proposal));
        app.in("NP", () -> {
            app.grants.createAgreement(proposal, "np.coordinator");
            GrantAgreement grant = app.grantRows.findByProposal(proposal).orElseThrow();
            grant.plan(Modality.DIRECT_CASH_TRANSFER, List.of(new BigDecimal("60"), new BigDecimal("40")))
                    .forEach(app.grantRows::store);
            app.grants.openTranche(proposal, 1);
            app.grantRows.authoriseAdvance(grant, 1);
        });
        partnerOfProposal.put(proposal, partnerId);
        return proposal;
    }

    /** Finance pays from the grant's open tranche. */
    void pay(long proposal, String amount, LocalDate on, String reference) {
        app.user.as("np.finance", "NP", Role.FINANCE);
        app.in("NP", () -> app.grants.disburse(proposal, new DisbursementEntry(new BigDecimal(amount), on, reference),
                null));
    }

    /** The task of an activity, as the engine hands it to its handler. */
    static TaskStep activityTask(String key, long proposal, long activityId) {
        return Steps.step(key, proposal, null, Map.of(AssuranceModel.VAR_ACTIVITY_ID, activityId));
    }

    static TaskStep findingTask(long proposal, long findingId) {
        return Steps.step(AssuranceModel.FOLLOW_UP_FINDING, proposal, null,
                Map.of(AssuranceModel.VAR_FINDING_ID, findingId));
    }
}
