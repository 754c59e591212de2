package org.m4d.grants.partner.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.RiskRating;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.testing.InMemoryPartners;
import org.m4d.grants.testing.Wiring;

/** The demo's partners and the ratings they have today, seeded once. */
class DemoPartnersTest {

    private final TenantContext context = new TenantContext();
    private final InMemoryPartners rows = new InMemoryPartners(context);
    private final DemoPartners demo = Wiring.wire(new DemoPartners(), rows, context);
    private final PartnerRatings ratings = Wiring.wire(new PartnerRatings(), rows);

    private Map<String, RiskRating> ratingsIn(String tenant) {
        return context.runIn(tenant, () -> rows.all().stream().collect(Collectors.toMap(Partner::name,
                p -> ratings.ratingOf(p.id(), LocalDate.now()))));
    }

    @Test
    void nepalHasAHighRiskALowRiskAndANeverAssessedPartnerAndSenegalAnExpiredOne() {
        demo.seedIfEmpty();

        assertThat(ratingsIn("NP")).isEqualTo(Map.of("Nepal Diaspora Returnee Network", RiskRating.HIGH,
                "Kathmandu Metropolitan City", RiskRating.LOW,
                "Tribhuvan University Migration Centre", RiskRating.NOT_ASSESSED));
        assertThat(ratingsIn("SN")).isEqualTo(Map.of("Commune de Dakar", RiskRating.MODERATE,
                "Association Diaspora et Développement", RiskRating.NOT_ASSESSED,
                "Université Cheikh Anta Diop", RiskRating.NOT_ASSESSED));
        assertThat(context.runIn("SN", () -> rows.assessmentsOf(rows.byNameKey("association diaspora et développement")
                .orElseThrow().id()))).hasSize(1);
    }

    @Test
    void aSecondStartAddsNothing() {
        demo.seedIfEmpty();
        demo.seedIfEmpty();

        assertThat(context.runIn("NP", () -> rows.all())).hasSize(3);
        assertThat(context.runIn("NP", () -> rows.all().stream().mapToInt(p -> rows.assessmentsOf(p.id()).size())
                .sum())).isEqualTo(2);
    }
}
