package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.m4d.grants.grant.domain.AgreementVersion;
import org.m4d.grants.grant.domain.AmendmentRepository;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.PartnerRepository;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalProfile;
import org.m4d.grants.tenancy.domain.TenantRepository;

/** Reads the grants of the country of the tenant context as IATI facts, in one transaction of its own. */
@ApplicationScoped
@Transactional
public class IatiReader {

    /** The roles that read every grant of a country, as the finance pages. */
    static final Role[] READERS = {Role.FINANCE, Role.COORDINATOR, Role.PMU, Role.OBSERVER};

    @Inject
    Access access;

    @Inject
    TenantContext context;

    @Inject
    TenantRepository tenants;

    @Inject
    GrantRepository grants;

    @Inject
    AmendmentRepository amendments;

    @Inject
    ProposalService proposals;

    @Inject
    PartnerRepository partners;

    @Inject
    ProgrammeCatalogue catalogue;

    /** A country's name and its grants as IATI facts, in the order of their proposals. */
    public record Country(String name, List<IatiGrant> grants) {
    }

    /**
     * The country's grants, for those who read every grant of it (ADR 12): finance, coordinators and
     * the global roles; the file holds each grant's ledger and results.
     */
    public Country read() {
        access.requireAnyRole(READERS);
        String country = context.current();
        String countryName = tenants.find(country).orElseThrow(() -> new NotFoundException("Country")).name();
        List<GrantAgreement> agreements = new ArrayList<>(grants.agreements());
        agreements.sort((a, b) -> Long.compare(a.proposalId(), b.proposalId()));
        return new Country(countryName, agreements.stream().map(g -> grant(country, countryName, g)).toList());
    }

    private IatiGrant grant(String country, String countryName, GrantAgreement grant) {
        Proposal proposal = proposals.proposal(grant.proposalId());
        ProposalProfile profile = proposal.profile();
        LocalDate approvedOn = day(grant.approvedAt());
        LocalDate start = profile.startDate() != null ? profile.startDate() : approvedOn;
        Optional<Partner> partner = Optional.ofNullable(proposal.partnerId()).flatMap(partners::find);
        List<Disbursement> ledger = grants.ledger(grant);
        LocalDate firstPaid = ledger.stream().filter(d -> d.kind() == Disbursement.Kind.DISBURSEMENT)
                .map(Disbursement::disbursedOn).min(LocalDate::compareTo).orElse(null);
        List<AgreementVersion> versions = amendments.versions(grant.id());
        List<Money> tranches = grants.tranches(grant).stream().sorted(Comparator.comparingInt(Tranche::number))
                .map(t -> t.amount(grant.approved().currency())).toList();
        String description = proposal.sector().label() + " initiative in " + countryName
                + partner.map(p -> ", implemented by " + p.name()).orElse("")
                + (profile.outcomes().isEmpty() ? "" : ", towards programme outcome"
                + (profile.outcomes().size() > 1 ? "s " : " ")
                + profile.outcomes().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")))
                + ".";
        return new IatiGrant(country, grant.proposalId(), proposal.title(), description, proposal.sector().name(),
                proposal.sector().label(), catalogue.phaseOn(start).map(ProgrammeCatalogue.Phase::donor).orElse(null),
                partner.map(Partner::name).orElse(null), partner.map(p -> p.type().name()).orElse(null),
                approvedOn, start, grant.endDate(), firstPaid,
                grant.closedAt() == null ? null : day(grant.closedAt()), grant.approved(), tranches,
                profile.genderMarker(), proposal.places().stream()
                        .map(p -> new IatiGrant.Location(p.region(), p.municipality())).toList(),
                commitments(grant, approvedOn, versions), ledger.stream().map(IatiReader::payment).toList(),
                results(profile.indicators(), grants.reports(grant), grant.closed()));
    }

    /**
     * IATI adds commitments up: the approved amount at approval, then for each amendment that
     * changes the amount the difference it makes, on the day it came into force.
     */
    static List<IatiGrant.Commitment> commitments(GrantAgreement grant, LocalDate approvedOn,
                                                  List<AgreementVersion> versions) {
        if (versions.isEmpty()) {
            return List.of(new IatiGrant.Commitment(approvedOn, grant.approved(), "Grant approved"));
        }
        List<IatiGrant.Commitment> commitments = new ArrayList<>();
        commitments.add(new IatiGrant.Commitment(approvedOn, versions.get(0).approved(), "Grant approved"));
        for (int i = 1; i < versions.size(); i++) {
            Money change = versions.get(i).approved().minus(versions.get(i - 1).approved());
            if (change.amount().signum() != 0) {
                commitments.add(new IatiGrant.Commitment(day(versions.get(i).inForceFrom()), change,
                        "Amendment in force as version " + versions.get(i).number() + ": approved amount "
                                + versions.get(i).approved()));
            }
        }
        return commitments;
    }

    private static IatiGrant.Payment payment(Disbursement d) {
        return new IatiGrant.Payment(d.id(), d.disbursedOn(), d.amount(), d.reference(), d.reversesId());
    }

    /**
     * Each indicator with the actual of every accepted report that gives one, in the order the
     * reports were submitted (the ledger lists the final report, tranche 0, first). The final report
     * is never verified on its own: closing the grant is its acceptance.
     */
    static List<IatiGrant.Result> results(List<Indicator> indicators, List<Report> reports, boolean closed) {
        List<Report> accepted = reports.stream().filter(r -> r.counts(closed)).sorted(Comparator.comparing(Report::submittedAt)).toList();
        return indicators.stream().map(i -> new IatiGrant.Result(i.name(), i.unit(), i.baseline(), i.target(),
                accepted.stream().flatMap(r -> r.indicatorActuals().stream()
                        .filter(a -> Objects.equals(a.name(), i.name()))
                        .map(a -> new IatiGrant.Actual(r.periodStart(), r.periodEnd(), a.actual())))
                        .toList())).toList();
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
