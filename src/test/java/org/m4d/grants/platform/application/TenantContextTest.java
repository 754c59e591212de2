package org.m4d.grants.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    private final TenantContext context = new TenantContext();

    @AfterEach
    void clear() {
        context.clear();
    }

    @Test
    void touchingTenantDataWithNoCountrySetFailsNamingTheMissingCountry() {
        assertThatThrownBy(context::current).isInstanceOf(IllegalStateException.class)
                .hasMessage("No country is set for this request or job: "
                        + "tenant-owned data can only be used inside a tenant context");
        assertThat(context.find()).isEmpty();
    }

    @Test
    void aScopeSetsTheCountryUntilItCloses() {
        try (TenantContext.Scope in = context.enter("NP")) {
            assertThat(context.current()).isEqualTo("NP");
        }

        assertThat(context.find()).isEmpty();
    }

    @Test
    void nestedScopesSwitchOneCountryAtATimeAndRestoreTheOuterOne() {
        try (TenantContext.Scope outer = context.enter("NP")) {
            assertThat(context.runIn("SN", context::current)).isEqualTo("SN");
            assertThat(context.current()).isEqualTo("NP");
        }

        assertThat(context.find()).isEmpty();
    }

    @Test
    void closingAScopeAlsoDropsInnerScopesLeftOpen() {
        TenantContext.Scope outer = context.enter("NP");
        context.enter("SN");

        outer.close();

        assertThat(context.find()).isEmpty();
    }

    @Test
    void aFailingRunInStillRestoresTheCountryBefore() {
        try (TenantContext.Scope outer = context.enter("NP")) {
            assertThatThrownBy(() -> context.runIn("SN", () -> {
                throw new IllegalArgumentException("boom");
            })).isInstanceOf(IllegalArgumentException.class);

            assertThat(context.current()).isEqualTo("NP");
        }
    }

    @Test
    void clearEndsWhateverWasLeftOpen() {
        context.enter("NP");
        context.enter("SN");

        context.clear();

        assertThat(context.find()).isEmpty();
    }

    @Test
    void aCountryIsBoundToItsThreadOnly() throws Exception {
        try (TenantContext.Scope in = context.enter("NP")) {
            String elsewhere = CompletableFuture.supplyAsync(() -> context.find().orElse("none")).get();

            assertThat(elsewhere).isEqualTo("none");
        }
    }

    @Test
    void noCountryIsNoContext() {
        assertThatThrownBy(() -> context.enter(" ")).isInstanceOf(IllegalStateException.class)
                .hasMessage("No country given for a tenant context");
        assertThatThrownBy(() -> context.enter(null)).isInstanceOf(IllegalStateException.class);
        assertThat(context.find()).isEmpty();
    }
}
