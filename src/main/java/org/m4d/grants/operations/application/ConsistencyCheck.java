package org.m4d.grants.operations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.operations.domain.ConsistencyRules;
import org.m4d.grants.operations.domain.Mismatch;

/**
 * The consistency check (issue 13): every proposal's state against the engine and every grant's
 * ledger against its tranches and ceilings, for one country (its administrator, or {@code pmu}) or
 * for every country of the user ({@code pmu}: all of them; an administrator: the countries they
 * administer). Steps commit while the check reads, so a mismatch of the first reading is read again
 * after a pause ({@code m4d.consistency.recheck-millis}, 1 s) and reported only if it is still there.
 * Each reading of a country is a transaction of its own ({@link CountryReading}); none here.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class ConsistencyCheck {

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @Inject
    CountryReading reading;

    @Inject
    @ConfigProperty(name = "m4d.consistency.recheck-millis", defaultValue = "1000")
    Long recheckMillis;

    /** One country: 404 unless the user belongs to it, 403 unless they administer it or are pmu. */
    public ConsistencyReport country(String country) {
        try (TenantContext.Scope in = access.enter(country)) {
            access.requireAnyRole(Role.TENANT_ADMIN, Role.PMU);
        }
        return check(List.of(country));
    }

    /** Every country the user may check: all for pmu; those they administer; none is 403. */
    public ConsistencyReport all() {
        List<String> countries = user.tenantIds().stream().sorted()
                .filter(c -> user.hasRole(c, Role.PMU) || user.hasRole(c, Role.TENANT_ADMIN)).toList();
        if (countries.isEmpty()) {
            // the refusal of the user's first country, audited as every 403 is
            user.tenantIds().stream().sorted().findFirst().ifPresent(home -> {
                try (TenantContext.Scope in = access.enter(home)) {
                    access.requireAnyRole(Role.TENANT_ADMIN, Role.PMU);
                }
            });
            throw new ForbiddenException("The consistency check needs the tenant-admin or pmu role");
        }
        return check(countries);
    }

    private ConsistencyReport check(List<String> countries) {
        List<Mismatch> first = read(countries);
        if (first.isEmpty()) {
            return new ConsistencyReport(countries, first);
        }
        pause();
        List<String> again = first.stream().map(Mismatch::country).distinct().toList();
        Map<String, Mismatch> seen = first.stream().collect(Collectors.toMap(Mismatch::key, Function.identity(), (a, b) -> a));
        List<Mismatch> still = read(again).stream().filter(m -> seen.containsKey(m.key())).toList();
        return new ConsistencyReport(countries, still);
    }

    private List<Mismatch> read(List<String> countries) {
        List<Mismatch> found = new ArrayList<>();
        for (String country : countries) {
            try (TenantContext.Scope in = access.enter(country)) {
                access.requireAnyRole(Role.TENANT_ADMIN, Role.PMU);
                found.addAll(ConsistencyRules.check(reading.read()));
            }
        }
        return found;
    }

    private void pause() {
        try {
            Thread.sleep(Math.max(0L, recheckMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
