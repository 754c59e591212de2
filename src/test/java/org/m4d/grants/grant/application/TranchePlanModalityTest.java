package org.m4d.grants.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.m4d.grants.workflow.application.Steps.step;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.audit.application.RecordedAudit;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.identity.application.FakeAccess;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.application.PartnerRisk;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.proposal.application.Proposals;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.application.AssurancePlan;
import org.m4d.grants.workflow.application.HactRules;
import org.m4d.grants.workflow.application.SharedHactTables;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/** The partner's risk rating on the day decides the modalities of the tranche plan (the shared HACT table). */
class TranchePlanModalityTest {

    private static final long PARTNER = 7;
    /** 20:00 in UTC is already the next day in Kathmandu (UTC+05:45). */
    private static final Instant EVENING = Instant.parse("2026-12-01T20:00:00Z");

    private final Proposals proposals = new Proposals();
    private final Proposal proposal = proposals.approved(Grants.PROPOSAL);
    private final RecordedAudit audit = new RecordedAudit();
    private final Grants grants = new Grants();
    private final FakeAccess finance = new FakeAccess("np.finance", Role.FINANCE);
    private final Map<Long, RiskRating> ratings = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final PartnerRisk risk = (partner, on) -> {
        asked.add(partner + " on " + on);
        return ratings.getOrDefault(partner, RiskRating.NOT_ASSESSED);
    };

    private AllowedModalities allowed(HactRules rules) {
        return Modalities.allowed(proposals, risk, rules, Clock.fixed(EVENING, ZoneOffset.UTC));
    }

    private SetTranchePlan plan(HactRules rules) {
        SetTranchePlan handler = new SetTranchePlan();
        handler.access = finance.access;
        handler.grantService = grants.service(finance, audit, proposals);
        handler.grants = grants;
        handler.audit = audit;
        handler.modalities = allowed(rules);
        return handler;
    }

    private Map<String, Object> setPlan(Modality modality) {
        try (TenantContext.Scope in = finance.enter()) {
            return plan(new SharedHactTables()).apply(step(GrantLifecycle.SET_TRANCHE_PLAN, 1),
                    new TranchePlanPayload(modality, List.of(new BigDecimal("60"), new BigDecimal("40"))));
        }
    }

    private DomainException refused(Modality modality) {
        return catchThrowableOfType(() -> setPlan(modality), DomainException.class);
    }

    private void ratedPartner(RiskRating rating) {
        Wiring.set(proposal, Proposal.class, "partnerId", PARTNER);
        ratings.put(PARTNER, rating);
    }

    @Test
    void aHighRiskPartnerIsRefusedAnAdvanceAndNothingIsStored() {
        ratedPartner(RiskRating.HIGH);
        DomainException refusal = refused(Modality.DIRECT_CASH_TRANSFER);
        assertThat(refusal).hasMessage("A partner rated HIGH may not be paid by DIRECT_CASH_TRANSFER: "
                + "the country's HACT table allows only DIRECT_PAYMENT, REIMBURSEMENT");
        assertThat(refusal.messageKey()).isEqualTo("error.grant.modalityNotAllowed");
        assertThat(refusal.messageArguments()).containsExactly(RiskRating.HIGH, Modality.DIRECT_CASH_TRANSFER,
                List.of(Modality.DIRECT_PAYMENT, Modality.REIMBURSEMENT));
        assertThat(grants.tranches).isEmpty();
        assertThat(grants.grant.modality()).isNull();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aHighRiskPartnersGrantIsPlannedForReimbursement() {
        ratedPartner(RiskRating.HIGH);
        setPlan(Modality.REIMBURSEMENT);
        assertThat(grants.grant.modality()).isEqualTo(Modality.REIMBURSEMENT);
        assertThat(grants.tranches).extracting(t -> t.amount("NPR").amount())
                .containsExactly(new BigDecimal("240000.00"), new BigDecimal("160000.00"));
    }

    @Test
    void aSignificantRiskPartnerMayHaveAdvances() {
        ratedPartner(RiskRating.SIGNIFICANT);
        setPlan(Modality.DIRECT_CASH_TRANSFER);
        assertThat(grants.grant.modality()).isEqualTo(Modality.DIRECT_CASH_TRANSFER);
    }

    @Test
    void aGrantWithoutPartnerCountsAsNotAssessed() {
        DomainException refusal = refused(Modality.DIRECT_CASH_TRANSFER);
        assertThat(refusal.messageArguments()).containsExactly(RiskRating.NOT_ASSESSED,
                Modality.DIRECT_CASH_TRANSFER, List.of(Modality.DIRECT_PAYMENT, Modality.REIMBURSEMENT));
        assertThat(asked).isEmpty();
        assertThat(grants.tranches).isEmpty();
    }

    @Test
    void theFormOffersTheAllowedModalitiesInTheirOrder() {
        ratedPartner(RiskRating.LOW);
        try (TenantContext.Scope in = finance.enter()) {
            assertThat(allowed(new SharedHactTables()).of(Grants.PROPOSAL)).isEqualTo(new ModalityChoice(
                    RiskRating.LOW, Set.of(Modality.values())));
            assertThat(allowed(new SharedHactTables()).of(Grants.PROPOSAL).offered()).containsExactly(
                    Modality.DIRECT_CASH_TRANSFER, Modality.DIRECT_PAYMENT, Modality.REIMBURSEMENT);
            ratings.put(PARTNER, RiskRating.NOT_ASSESSED);
            assertThat(allowed(new SharedHactTables()).of(Grants.PROPOSAL).offered()).containsExactly(
                    Modality.DIRECT_PAYMENT, Modality.REIMBURSEMENT);
        }
    }

    @Test
    void theRatingIsTheOneInForceTodayInTheCountry() {
        ratedPartner(RiskRating.MODERATE);
        setPlan(Modality.DIRECT_PAYMENT);
        assertThat(asked).containsExactly(PARTNER + " on " + LocalDate.of(2026, 12, 2));
    }

    @Test
    void aModalityTheTableNamesButTheAppDoesNotKnowIsTheTablesMistakeToldAsSuch() {
        ratedPartner(RiskRating.LOW);
        DomainException refusal;
        try (TenantContext.Scope in = finance.enter()) {
            refusal = catchThrowableOfType(() -> allowed(new MisspeltTable()).of(Grants.PROPOSAL),
                    DomainException.class);
        }
        assertThat(refusal.messageKey()).isEqualTo("error.hact.unknownModality");
        assertThat(refusal.messageArguments()).containsExactly("CHEQUE");
    }

    /** A country table with an officer's typo in a modality. */
    private static final class MisspeltTable implements HactRules {
        @Override
        public Set<String> allowedModalities(String riskRating) {
            return Set.of("CHEQUE");
        }

        @Override
        public AssurancePlan assurancePlan(String riskRating, BigDecimal cashTransferredUsd) {
            throw new UnsupportedOperationException();
        }
    }
}
