package org.m4d.grants.partner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.PartnerProfile;
import org.m4d.grants.partner.domain.PartnerRepository;
import org.m4d.grants.partner.domain.RatingHistory;
import org.m4d.grants.partner.domain.RiskAssessment;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * Use cases of a country's implementing partners; each public method is one transaction.
 * Coordinators and finance manage partners and record assessments; every member of the country
 * may list names and types to choose a partner for a proposal; the details (numbers, contacts,
 * rating and its history) are for coordinators, finance, pmu and observer (docs/security.md).
 */
@ApplicationScoped
@Transactional
public class PartnerService {

    public static final String SUBJECT = "PARTNER";
    private static final Role[] MANAGERS = {Role.COORDINATOR, Role.FINANCE};
    private static final Role[] READERS = {Role.COORDINATOR, Role.FINANCE, Role.PMU, Role.OBSERVER};

    @Inject
    PartnerRepository partners;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    /** The country's partners by name, with their rating today for those who may read it. */
    public List<PartnerSummary> list() {
        access.requireMember();
        boolean readsRating = readsDetails();
        LocalDate today = Today.latest();
        return partners.all().stream().map(p -> new PartnerSummary(p.id(), p.name(), p.type(),
                readsRating ? history(p.id()).ratingOn(today) : null)).toList();
    }

    /** Whether the user may read a partner's numbers, contacts and ratings in the current country. */
    public boolean readsDetails() {
        access.requireMember();
        for (Role role : READERS) {
            if (access.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user may add and change partners and record assessments in the current country. */
    public boolean manages() {
        access.requireMember();
        return access.hasRole(Role.COORDINATOR) || access.hasRole(Role.FINANCE);
    }

    public PartnerDetails details(long id) {
        access.requireAnyRole(READERS);
        Partner partner = load(id);
        RatingHistory history = history(id);
        return new PartnerDetails(partner, history.ratingOn(Today.latest()), history.assessments());
    }

    public long create(@NotNull @Valid PartnerInput input) {
        access.requireAnyRole(MANAGERS);
        PartnerProfile profile = input.toProfile();
        requireUniqueName(profile.name(), null);
        Partner partner = new Partner(profile, access.username(), Instant.now());
        partners.store(partner);
        audit.record(access.username(), "PARTNER_CREATED", SUBJECT, partner.id(), null, partner.type(),
                partner.name());
        return partner.id();
    }

    public void update(long id, @NotNull @Valid PartnerInput input) {
        access.requireAnyRole(MANAGERS);
        Partner partner = load(id);
        PartnerProfile profile = input.toProfile();
        requireUniqueName(profile.name(), id);
        partner.change(profile);
        partners.flush();
        audit.record(access.username(), "PARTNER_CHANGED", SUBJECT, id, null, partner.type(), partner.name());
    }

    /** Records a micro-assessment; from its date it decides the partner's rating while it is valid. */
    public long assess(long id, @NotNull @Valid AssessmentInput input) {
        access.requireAnyRole(MANAGERS);
        load(id);
        RiskAssessment assessment = new RiskAssessment(id, input.rating(), input.assessedOn(), input.assessor(),
                input.validUntil(), input.note(), access.username(), Instant.now(), Today.latest());
        partners.store(assessment);
        audit.record(access.username(), "PARTNER_ASSESSED", SUBJECT, id, null, assessment.rating(),
                assessment.assessedOn() + " by " + assessment.assessor() + ", valid until " + assessment.validUntil());
        return assessment.id();
    }

    public List<RiskAssessment> assessments(long id) {
        access.requireAnyRole(READERS);
        load(id);
        return history(id).assessments();
    }

    private RatingHistory history(long id) {
        return new RatingHistory(partners.assessmentsOf(id));
    }

    private void requireUniqueName(String name, Long self) {
        if (name == null || name.isBlank()) {
            return;
        }
        partners.byNameKey(Partner.keyOf(name)).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new ConflictException("The country already has a partner named " + other.name())
                    .withKey("error.partner.duplicate", other.name());
        });
    }

    private Partner load(long id) {
        return partners.find(id).orElseThrow(() -> new NotFoundException("Partner"));
    }
}
