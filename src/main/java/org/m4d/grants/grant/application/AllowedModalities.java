package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.partner.application.PartnerRisk;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.workflow.application.HactRules;

/**
 * Which cash-transfer modalities a grant may use: its implementing partner's risk rating today in the
 * country (none, or an expired assessment, counts as not assessed) through the country's HACT table.
 */
@ApplicationScoped
public class AllowedModalities {

    @Inject
    ProposalService proposals;

    @Inject
    PartnerRisk risk;

    @Inject
    HactRules rules;

    @Inject
    TenantRepository tenants;

    @Inject
    TenantContext context;

    Clock clock = Clock.systemUTC();

    public ModalityChoice of(long proposalId) {
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        RiskRating rating = proposals.partnerOf(proposalId).map(partner -> risk.ratingOf(partner, today))
                .orElse(RiskRating.NOT_ASSESSED);
        Set<Modality> allowed = EnumSet.noneOf(Modality.class);
        for (String name : rules.allowedModalities(rating.name())) {
            allowed.add(modality(name));
        }
        return new ModalityChoice(rating, allowed);
    }

    /** Refuses (422) a modality the partner's rating does not allow, naming the rating and the allowed ones. */
    public void check(long proposalId, Modality chosen) {
        ModalityChoice choice = of(proposalId);
        if (chosen != null && !choice.allows(chosen)) {
            throw new DomainException("A partner rated " + choice.rating() + " may not be paid by " + chosen
                    + ": the country's HACT table allows only " + String.join(", ",
                    choice.offered().stream().map(Modality::name).toList()))
                    .withKey("error.grant.modalityNotAllowed", choice.rating(), chosen, choice.offered());
        }
    }

    private ZoneId zone() {
        return tenants.find(context.current()).map(Tenant::zone).orElse(ZoneId.of("UTC"));
    }

    /** A name the table gives that is no modality is the table's mistake, told as such. */
    private static Modality modality(String name) {
        return Arrays.stream(Modality.values()).filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new DomainException("The country's HACT modality table names an unknown modality "
                        + name).withKey("error.hact.unknownModality", name));
    }
}
