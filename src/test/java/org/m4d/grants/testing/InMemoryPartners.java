package org.m4d.grants.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.PartnerRepository;
import org.m4d.grants.partner.domain.RatingHistory;
import org.m4d.grants.partner.domain.RiskAssessment;
import org.m4d.grants.platform.application.TenantContext;

/** Partners and their assessments per country in memory; the list by name, assessments newest first. */
public final class InMemoryPartners implements PartnerRepository {

    private final TenantRows<Partner> partners;
    private final TenantRows<RiskAssessment> assessments;

    public InMemoryPartners(TenantContext context) {
        partners = new TenantRows<>(context);
        assessments = new TenantRows<>(context);
    }

    @Override
    public Optional<Partner> find(long id) {
        return partners.find(id);
    }

    @Override
    public List<Partner> all() {
        return partners.all().stream().sorted(Comparator.comparing(Partner::nameKey)).toList();
    }

    @Override
    public Optional<Partner> byNameKey(String nameKey) {
        return partners.all().stream().filter(p -> p.nameKey().equals(nameKey)).findFirst();
    }

    @Override
    public void store(Partner partner) {
        partners.store(partner);
    }

    @Override
    public void flush() {
    }

    @Override
    public List<RiskAssessment> assessmentsOf(long partnerId) {
        return assessments.all().stream().filter(a -> a.partnerId() == partnerId)
                .sorted(RatingHistory.NEWEST_FIRST).toList();
    }

    @Override
    public void store(RiskAssessment assessment) {
        assessments.store(assessment);
    }
}
