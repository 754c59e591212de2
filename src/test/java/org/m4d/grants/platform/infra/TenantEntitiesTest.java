package org.m4d.grants.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.application.TenantContext;

class TenantEntitiesTest {

    private static final String TENANT = "eclipselink.tenant-id";

    /** What the repositories' base asked of the persistence context, in order. */
    private final List<String> calls = new ArrayList<>();
    private final Map<String, Object> properties = new HashMap<>();
    private final TenantContext context = new TenantContext();
    private final TenantEntities repository = new TenantEntities() {
    };

    TenantEntitiesTest() {
        repository.tenants = context;
        repository.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperties" -> Map.copyOf(properties);
                    case "setProperty" -> {
                        calls.add("set " + args[1]);
                        properties.put((String) args[0], args[1]);
                        yield null;
                    }
                    case "isJoinedToTransaction" -> true;
                    default -> {
                        calls.add(method.getName());
                        yield null;
                    }
                });
    }

    @AfterEach
    void clear() {
        context.clear();
    }

    @Test
    void withNoCountrySetTheEntityManagerIsNotHandedOut() {
        assertThatThrownBy(repository::em).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No country is set for this request or job");
        assertThat(calls).isEmpty();
    }

    @Test
    void theFirstUseSetsTheContextsCountryOnTheTransactionsPersistenceContext() {
        context.runIn("NP", repository::em);

        assertThat(properties).containsEntry(TENANT, "NP");
        assertThat(calls).containsExactly("set NP");
    }

    @Test
    void furtherUsesInTheSameCountryLeaveThePersistenceContextAsItIs() {
        context.runIn("NP", () -> {
            repository.em();
            repository.em();
        });

        assertThat(calls).containsExactly("set NP");
    }

    @Test
    void aSwitchOfCountryFlushesAndClearsBeforeTheNewTenantIsSet() {
        context.runIn("NP", repository::em);
        context.runIn("SN", repository::em);

        assertThat(properties).containsEntry(TENANT, "SN");
        assertThat(calls).containsExactly("set NP", "flush", "clear", "set SN");
    }
}
