package org.m4d.grants.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.FiredEvents;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;

class AccessTest {

    private record Denial(String tenant, String actor, int status, String detail) {
    }

    /** A finance officer of Nepal who also applies in Senegal. */
    private static final class NepalFinance extends CurrentUser {
        @Override
        public boolean signedIn() {
            return true;
        }

        @Override
        public String username() {
            return "np.finance";
        }

        @Override
        public Set<String> tenantIds() {
            return new LinkedHashSet<>(List.of("NP", "SN"));
        }

        @Override
        public boolean hasRole(String tenant, Role role) {
            return "NP".equals(tenant) && role == Role.FINANCE || "SN".equals(tenant) && role == Role.APPLICANT;
        }
    }

    private final List<Denial> denials = new ArrayList<>();
    private final Access access = new Access();

    private final TenantContext context = new TenantContext();

    AccessTest() {
        access.context = context;
        access.user = new NepalFinance();
        access.denials = new FiredEvents<AccessDenied>(
                denied -> denials.add(new Denial(denied.tenant(), denied.actor(), denied.status(), denied.detail())));
    }

    /** Stands for an application service method, which the audit entry names. */
    private void releaseTranche(String tenant) {
        try (TenantContext.Scope in = context.enter(tenant)) {
            access.requireRole(Role.FINANCE);
        }
    }

    /** Stands for a place that sets the tenant context, e.g. the API's path filter. */
    private void openCountry(String tenant) {
        access.enter(tenant).close();
    }

    @Test
    void allowedAccessLeavesNoEntry() {
        releaseTranche("NP");

        assertThat(denials).isEmpty();
    }

    @Test
    void aMissingRoleInOwnCountryIsAuditedThereWithWhatWasTried() {
        assertThatThrownBy(() -> releaseTranche("SN")).isInstanceOf(ForbiddenException.class);

        assertThat(denials).singleElement().satisfies(d -> {
            assertThat(d.tenant()).isEqualTo("SN");
            assertThat(d.actor()).isEqualTo("np.finance");
            assertThat(d.status()).isEqualTo(403);
            assertThat(d.detail()).isEqualTo("AccessTest.releaseTranche: needs finance in SN");
        });
    }

    @Test
    void aForeignCountryIsAuditedUnderTheUsersOwnFirstCountryNotTheForeignOne() {
        assertThatThrownBy(() -> releaseTranche("MA")).isInstanceOf(NotFoundException.class);

        assertThat(denials).singleElement().satisfies(d -> {
            assertThat(d.tenant()).isEqualTo("NP");
            assertThat(d.status()).isEqualTo(404);
            assertThat(d.detail()).isEqualTo("AccessTest.releaseTranche: country MA");
        });
    }

    @Test
    void anyOfSeveralRolesIsEnoughAndNoneOfThemIsDenied() {
        context.runIn("SN", () -> access.requireAnyRole(Role.PMU, Role.APPLICANT));
        assertThat(denials).isEmpty();

        assertThatThrownBy(() -> context.runIn("NP", () -> access.requireAnyRole(Role.PMU, Role.OBSERVER)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("pmu or observer");
        assertThat(denials).extracting(Denial::status).containsExactly(403);
    }

    @Test
    void aTenantFromTheUrlIsStoredOnlyInAPrintableShortForm() {
        assertThatThrownBy(() -> access.requireMember("<script>alert(1)</script>\n"))
                .isInstanceOf(NotFoundException.class);

        assertThat(denials.get(0).detail()).doesNotContain("<", ">", "\n").endsWith("...");
    }

    @Test
    void aFailureToAuditStillDeniesAccess() {
        access.denials = new FiredEvents<AccessDenied>(denied -> {
            throw new IllegalStateException("database down");
        });

        assertThatThrownBy(() -> releaseTranche("MA")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void enteringACountryOfTheUserSetsTheContextUntilTheScopeCloses() {
        try (TenantContext.Scope in = access.enter("SN")) {
            assertThat(context.current()).isEqualTo("SN");
        }

        assertThat(context.find()).isEmpty();
        assertThat(denials).isEmpty();
    }

    @Test
    void enteringAForeignCountryIsNotFoundAuditedAndSetsNoContext() {
        assertThatThrownBy(() -> openCountry("MA")).isInstanceOf(NotFoundException.class);

        assertThat(context.find()).isEmpty();
        assertThat(denials).singleElement().satisfies(d -> {
            assertThat(d.tenant()).isEqualTo("NP");
            assertThat(d.status()).isEqualTo(404);
            assertThat(d.detail()).isEqualTo("AccessTest.openCountry: country MA");
        });
    }

    @Test
    void aRoleCheckWithNoCountrySetIsNotFoundAsAForeignCountryIs() {
        assertThatThrownBy(() -> access.requireRole(Role.FINANCE)).isInstanceOf(NotFoundException.class);

        assertThat(denials).extracting(Denial::status).containsExactly(404);
    }
}
