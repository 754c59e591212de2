package org.m4d.grants.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.application.TenantContext;

class PageCountryTest {

    private final TenantContext context = new TenantContext();
    private final PageCountry filter = new PageCountry();
    private final List<String> seen = new ArrayList<>();

    PageCountryTest() {
        filter.context = context;
        filter.switcher = new TenantSwitcher() {
            @Override
            public String getCurrent() {
                return "NP";
            }
        };
    }

    @AfterEach
    void clear() {
        context.clear();
    }

    private static HttpServletRequest request(String path, boolean signedIn) {
        return (HttpServletRequest) Proxy.newProxyInstance(PageCountryTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/m4d" + path;
                    case "getContextPath" -> "/m4d";
                    case "getUserPrincipal" -> signedIn ? (Principal) () -> "np.applicant" : null;
                    default -> null;
                });
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(PageCountryTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> null);
    }

    @Test
    void aSignedInPageRequestWorksInTheSessionsCountryAndLeavesNoneBehind() throws Exception {
        FilterChain chain = (req, res) -> seen.add(context.current());

        filter.doFilter(request("/app/index.xhtml", true), response(), chain);

        assertThat(seen).containsExactly("NP");
        assertThat(context.find()).isEmpty();
    }

    @Test
    void anApiRequestGetsNoCountryHereItsPathSetsIt() throws Exception {
        FilterChain chain = (req, res) -> seen.add(context.find().orElse("none"));

        filter.doFilter(request("/api/v1/tenants/SN/proposals", true), response(), chain);

        assertThat(seen).containsExactly("none");
    }

    @Test
    void aCountryLeftOpenOrAFailureInTheRequestDoesNotReachTheNextRequest() {
        FilterChain chain = (req, res) -> {
            context.enter("SN");
            throw new IllegalStateException("page failed");
        };

        assertThatThrownBy(() -> filter.doFilter(request("/app/index.xhtml", true), response(), chain))
                .isInstanceOf(IllegalStateException.class);

        assertThat(context.find()).isEmpty();
    }

    @Test
    void noOneSignedInNoCountry() throws Exception {
        FilterChain chain = (req, res) -> seen.add(context.find().orElse("none"));

        filter.doFilter(request("/app/index.xhtml", false), response(), chain);

        assertThat(seen).containsExactly("none");
    }
}
