package org.m4d.grants.grant.application;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.partner.application.PartnerRisk;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.proposal.application.Proposals;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;
import org.m4d.grants.testing.Wiring;
import org.m4d.grants.workflow.application.HactRules;

/** The allowed modalities of Nepal's grants for the grant context's unit tests, on a clock of the test's. */
final class Modalities {

    private Modalities() {
    }

    static AllowedModalities allowed(Proposals proposals, PartnerRisk risk, HactRules rules, Clock clock) {
        AllowedModalities modalities = Wiring.wire(new AllowedModalities(), proposals.service(), risk, rules,
                new Nepal(), new TenantContext());
        modalities.clock = clock;
        return modalities;
    }

    /** Nepal in its own time zone (UTC+05:45). */
    private static final class Nepal implements TenantRepository {
        private final Tenant nepal = new Tenant("NP", "Nepal", "NPR", "en");

        Nepal() {
            nepal.changeZone(ZoneId.of("Asia/Kathmandu"));
        }

        @Override
        public Optional<Tenant> find(String code) {
            return Optional.of(nepal).filter(t -> t.code().equals(code));
        }

        @Override
        public List<Tenant> all() {
            return List.of(nepal);
        }
    }
}
