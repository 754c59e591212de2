package org.m4d.grants.partner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.PartnerProfile;
import org.m4d.grants.partner.domain.PartnerRepository;
import org.m4d.grants.partner.domain.PartnerType;
import org.m4d.grants.partner.domain.RiskAssessment;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.application.TenantContext;

/**
 * Demo partners of Nepal and Senegal, the two countries with grants in the demo: in each a partner
 * rated by a valid assessment, one never assessed, and in Nepal the high-risk partner whose grants
 * go by reimbursement, in Senegal one whose assessment has expired. Dated from today, so the
 * ratings stay in force however late the demo runs. Seeded only with {@code m4d.demo-data=true}.
 */
@ApplicationScoped
public class DemoPartners {

    static final String SYSTEM = "system";

    private record Demo(String tenant, String name, PartnerType type, String registration, String vendor,
                        String contact, RiskRating rating, Integer daysAgo) {
    }

    private static final List<Demo> PARTNERS = List.of(
            new Demo("NP", "Nepal Diaspora Returnee Network", PartnerType.NGO_CSO, "SWC-2016-4471", "NP-V-20431",
                    "Bishnu Tamang", RiskRating.HIGH, 120),
            new Demo("NP", "Kathmandu Metropolitan City", PartnerType.LOCAL_AUTHORITY, "KMC-001", "NP-V-10002",
                    "Sushila Maharjan", RiskRating.LOW, 300),
            new Demo("NP", "Tribhuvan University Migration Centre", PartnerType.ACADEMIC, "TU-CMS-12", null,
                    "Dr. Keshav Bhattarai", null, null),
            new Demo("SN", "Commune de Dakar", PartnerType.LOCAL_AUTHORITY, "SN-DK-0001", "SN-V-3301",
                    "Mariama Diallo", RiskRating.MODERATE, 200),
            new Demo("SN", "Association Diaspora et Développement", PartnerType.NGO_CSO, "ASSOC-2014-118", "SN-V-3417",
                    "Ibrahima Sall", RiskRating.LOW, 6 * 365),
            new Demo("SN", "Université Cheikh Anta Diop", PartnerType.ACADEMIC, "UCAD-77", null,
                    "Pr. Aïssatou Ndiaye", null, null));

    @Inject
    PartnerRepository partners;

    @Inject
    TenantContext context;

    @Transactional
    public void seedIfEmpty() {
        LocalDate today = LocalDate.now();
        for (Demo demo : PARTNERS) {
            context.runIn(demo.tenant(), () -> {
                if (partners.byNameKey(Partner.keyOf(demo.name())).isPresent()) {
                    return;
                }
                Partner partner = new Partner(new PartnerProfile(demo.name(), demo.type(), demo.registration(),
                        demo.vendor(), demo.contact(), null, null), SYSTEM, Instant.now());
                partners.store(partner);
                if (demo.rating() != null) {
                    partners.store(new RiskAssessment(partner.id(), demo.rating(), today.minusDays(demo.daysAgo()),
                            "HACT micro-assessment (demo)", null, null, SYSTEM, Instant.now(), today));
                }
            });
        }
    }
}
