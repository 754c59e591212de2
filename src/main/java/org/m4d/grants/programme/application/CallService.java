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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.ResourceBundle;
import java.util.Set;
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
import org.m4d.grants.programme.domain.CallSection;
import org.m4d.grants.programme.domain.SectionKey;

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
        call.askForm(sections(input.sections()), input.shortFormUnderUsd(),
                input.filesRequired() == null ? 0 : input.filesRequired(),
                input.filesRequiredShort() == null ? 0 : input.filesRequiredShort());
        calls.add(call);
        return call.id();
    }

    /** The word limit of a library section when the call sets none: the summary's, and every other's. */
    static final int SUMMARY_WORDS = 300;
    static final int SECTION_WORDS = 1000;

    /** The sections the short form asks when the call names none: the summary, the initiative and the plan. */
    private static final Set<SectionKey> SHORT_FORM = EnumSet.of(SectionKey.SUMMARY, SectionKey.INITIATIVE,
            SectionKey.SCALE_UP);

    /**
     * The sections a call asks, in order: those given, a library section taking the library's
     * question and help in any language not given; none given, the whole library with the summary
     * required (ADR 34).
     */
    static List<CallSection> sections(List<CallInput.Section> given) {
        List<CallInput.Section> asked = given == null || given.isEmpty()
                ? Arrays.stream(SectionKey.values()).map(key -> new CallInput.Section(key, null, null, null, null,
                        null, null, key == SectionKey.SUMMARY, null, SHORT_FORM.contains(key))).toList()
                : given;
        List<CallSection> sections = new ArrayList<>();
        for (CallInput.Section section : asked) {
            int position = sections.size() + 1;
            SectionKey key = section.key();
            CallSection.Texts question = new CallSection.Texts(section.questionEn(), section.questionFr(),
                    section.questionEs());
            CallSection.Texts help = new CallSection.Texts(section.helpEn(), section.helpFr(), section.helpEs());
            Integer words = section.wordLimit();
            if (key != null) {
                question = library(question, key.questionKey());
                help = library(help, key.helpKey());
                words = words != null ? words : key == SectionKey.SUMMARY ? SUMMARY_WORDS : SECTION_WORDS;
            }
            sections.add(CallSection.of(position, key, question, help, Boolean.TRUE.equals(section.required()), words,
                    Boolean.TRUE.equals(section.shortForm())));
        }
        return sections;
    }

    /** The texts given, with the library's text in each language not given. */
    private static CallSection.Texts library(CallSection.Texts given, String bundleKey) {
        return new CallSection.Texts(or(given.en(), bundleKey, "en"), or(given.fr(), bundleKey, "fr"),
                or(given.es(), bundleKey, "es"));
    }

    private static String or(String given, String bundleKey, String language) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(bundleKey);
    }

    private static final String BUNDLE = "i18n.messages";

    private boolean readable(Call call, String country) {
        return call.covers(country) && (readsAll() || call.isOpenOn(today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
