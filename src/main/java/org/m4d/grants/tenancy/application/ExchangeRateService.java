package org.m4d.grants.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.tenancy.domain.ExchangeRate;
import org.m4d.grants.tenancy.domain.ExchangeRateRepository;
import org.m4d.grants.tenancy.domain.RateHistory;
import org.m4d.grants.tenancy.domain.Tenant;
import org.m4d.grants.tenancy.domain.TenantRepository;

/**
 * Use cases of the dollar rates; each public method is one transaction. A currency belongs to the
 * countries that pay in it: their finance officers read and enter its rates, pmu those of every
 * currency, the observer reads them all. A currency none of the user's countries pays in does not
 * exist for them (404), as a foreign country's object; a member without the role gets 403.
 */
@ApplicationScoped
@Transactional
public class ExchangeRateService {

    private static final Role[] MAINTAINERS = {Role.PMU, Role.FINANCE};
    private static final Role[] READERS = {Role.PMU, Role.FINANCE, Role.OBSERVER};

    @Inject
    ExchangeRateRepository rates;

    @Inject
    TenantRepository tenants;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    /** The currencies, with a rate, of the countries where the user reads rates, in alphabetical order. */
    public List<String> currencies() {
        return tenants.all().stream().filter(t -> ExchangeRate.rated(t.currency()))
                .filter(t -> holdsAny(t, READERS)).map(Tenant::currency).distinct().sorted().toList();
    }

    /**
     * The same for the rates page, which refuses (403, in the country in view) a user who reads no
     * currency's rates.
     */
    public List<String> currenciesOnPage() {
        List<String> currencies = currencies();
        if (currencies.isEmpty()) {
            access.requireAnyRole(READERS);
        }
        return currencies;
    }

    /** The currencies whose rates the user enters, in alphabetical order. */
    public List<String> maintained() {
        return currencies().stream().filter(this::maintains).toList();
    }

    /** Whether the user may enter rates of the currency. */
    public boolean maintains(String currency) {
        return payingIn(currency).stream().anyMatch(t -> holdsAny(t, MAINTAINERS));
    }

    /** The rates of a currency, the latest effective first. */
    public RateHistory history(String currency) {
        require(currency, READERS);
        return new RateHistory(rates.of(currency));
    }

    /** Enters a rate taking effect on its date; a date that already has a rate for the currency is refused. */
    public ExchangeRate record(String currency, @NotNull @Valid RateInput input) {
        require(currency, MAINTAINERS);
        ExchangeRate rate = new ExchangeRate(currency, input.effectiveOn(), input.rate(), access.username(),
                Instant.now());
        if (new RateHistory(rates.of(currency)).hasRateOn(rate.effectiveOn())) {
            throw new ConflictException(currency + " already has a rate taking effect on " + rate.effectiveOn())
                    .withKey("error.rate.duplicate", currency, rate.effectiveOn().toString());
        }
        rates.store(rate);
        return rate;
    }

    private void require(String currency, Role... roles) {
        List<Tenant> paying = payingIn(currency);
        if (paying.isEmpty()) {
            throw new NotFoundException("Currency");
        }
        if (paying.stream().anyMatch(t -> holdsAny(t, roles))) {
            return;
        }
        Tenant member = paying.stream().filter(t -> user.isMember(t.code())).findFirst().orElse(null);
        if (member == null) {
            try {
                access.requireMember(paying.get(0).code());
            } catch (NotFoundException hidden) {
                throw new NotFoundException("Currency");
            }
        }
        try (TenantContext.Scope ignored = access.enter(member.code())) {
            access.requireAnyRole(roles);
        }
    }

    private List<Tenant> payingIn(String currency) {
        if (!ExchangeRate.rated(currency)) {
            return List.of();
        }
        return tenants.all().stream().filter(t -> Objects.equals(t.currency(), currency)).toList();
    }

    private boolean holdsAny(Tenant tenant, Role... roles) {
        for (Role role : roles) {
            if (user.hasRole(tenant.code(), role)) {
                return true;
            }
        }
        return false;
    }
}
