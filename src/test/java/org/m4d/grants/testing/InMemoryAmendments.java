package org.m4d.grants.testing;

import java.util.Comparator;
import java.util.List;
import org.m4d.grants.grant.domain.AgreementVersion;
import org.m4d.grants.grant.domain.Amendment;
import org.m4d.grants.grant.domain.AmendmentRepository;
import org.m4d.grants.platform.application.TenantContext;

/** Amendments and agreement versions per country in memory. */
public final class InMemoryAmendments implements AmendmentRepository {

    private final TenantRows<Amendment> amendments;
    private final TenantRows<AgreementVersion> versions;

    public InMemoryAmendments(TenantContext context) {
        amendments = new TenantRows<>(context);
        versions = new TenantRows<>(context);
    }

    @Override
    public List<Amendment> amendments(long grantId) {
        return amendments.all().stream().filter(a -> a.grantId() == grantId)
                .sorted(Comparator.comparingInt(Amendment::number)).toList();
    }

    @Override
    public List<AgreementVersion> versions(long grantId) {
        return versions.all().stream().filter(v -> (long) Wiring.get(v, AgreementVersion.class, "grantId") == grantId)
                .sorted(Comparator.comparingInt(AgreementVersion::number)).toList();
    }

    @Override
    public void store(Amendment amendment) {
        amendments.store(amendment);
    }

    @Override
    public void store(AgreementVersion version) {
        versions.store(version);
    }
}
