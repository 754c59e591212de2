package org.m4d.grants.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.programme.domain.CallRepository;

/**
 * Use cases of the calls for proposals (ADR 31), always in the country of the tenant context; each
 * public method is one transaction. A call is read through a country it covers, with that country's
 * envelope only: coordinators, finance and the global roles read every call of the country, every
 * other member the calls open today. pmu opens a call for any countries, a coordinator for the
 * countries they coordinate; a refused call writes nothing.
 */
@ApplicationScoped
@Transactional
public class CallService {

    @Inject
    CallRepository calls;

    @Inject
    ProgrammeCatalogue programme;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    TenantContext context;

    /** Today, for the calls open now; a test fixes it. */
    Clock clock = Clock.systemUTC();

    /** The calls covering the country that the user may read, the latest opening first. */
    public List<Call> list() {
        access.requireMember();
        String country = context.current();
        return calls.all().stream().filter(c -> readable(c, country)).toList();
    }

    /** The calls covering the country that are open today, for a proposal to be made for. */
    public List<Call> open() {
        access.requireMember();
        String country = context.current();
        LocalDate today = today();
        return calls.all().stream().filter(c -> c.covers(country) && c.isOpenOn(today)).toList();
    }

    /** A call covering the country; one the user may not read, or of other countries only, is not found. */
    public Call call(long id) {
        access.requireMember();
        String country = context.current();
        return calls.find(id).filter(c -> readable(c, country)).orElseThrow(() -> new NotFoundException("Call"));
    }

    /** Whether the user reads every call of the country, open or not, with its figures. */
    public boolean readsAll() {
        String country = context.current();
        return user.hasRole(country, Role.COORDINATOR) || user.hasRole(country, Role.FINANCE)
                || user.hasRole(country, Role.PMU) || user.hasRole(country, Role.OBSERVER);
    }

    /** Whether the user may open a call for the country. */
    public boolean opens() {
        String country = context.current();
        return user.hasRole(country, Role.COORDINATOR) || user.hasRole(country, Role.PMU);
    }

    /**
     * Opens a call covering the country of the tenant context and any other the user may open one
     * for: a country the user is not in is not found, one they do not coordinate is refused.
     */
    public long open(@NotNull @Valid CallInput input) {
        access.requireAnyRole(Role.COORDINATOR, Role.PMU);
        Map<String, BigDecimal> envelopes = new LinkedHashMap<>();
        for (CallInput.Envelope envelope : input.envelopes()) {
            String country = envelope.country().trim().toUpperCase(Locale.ROOT);
            if (!user.isMember(country)) {
                throw new NotFoundException("Country");
            }
            if (!user.hasRole(country, Role.COORDINATOR) && !user.hasRole(country, Role.PMU)) {
                throw new ForbiddenException("Only pmu or a coordinator of " + country + " opens a call for it");
            }
            if (envelopes.put(country, envelope.amountUsd()) != null) {
                throw new DomainException(country + " is listed twice").withKey("error.call.countryTwice", country);
            }
        }
        String here = context.current();
        if (!envelopes.containsKey(here)) {
            throw new DomainException("The call must cover " + here).withKey("error.call.notCovered", input.title(), here);
        }
        ProgrammeCatalogue.Phase phase = programme.phase(input.phaseId().trim())
                .orElseThrow(() -> new DomainException("There is no phase " + input.phaseId())
                        .withKey("error.call.unknownPhase", input.phaseId()));
        Call call = Call.open(phase.id(), input.title(), input.opensOn(), input.closesOn(), envelopes,
                phase.eligibleCountries(), access.username(), Instant.now(clock));
        calls.add(call);
        return call.id();
    }

    private boolean readable(Call call, String country) {
        return call.covers(country) && (readsAll() || call.isOpenOn(today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
