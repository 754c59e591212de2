package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.m4d.grants.grant.application.GrantFigure;
import org.m4d.grants.grant.application.GrantFigures;
import org.m4d.grants.grant.application.ReportedActuals;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.proposal.application.ProposalResults;
import org.m4d.grants.proposal.domain.Indicator;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalProfile;
import org.m4d.grants.reporting.domain.MarkerFacts;
import org.m4d.grants.reporting.domain.ResultLine;

/** Reads one country's results and markers, in one transaction of its own. */
@ApplicationScoped
@Transactional
public class ResultsReader {

    @Inject
    Access access;

    @Inject
    TenantContext context;

    @Inject
    ProposalResults proposals;

    @Inject
    GrantFigures grants;

    @Inject
    ReportedActuals actuals;

    public CountryResults read() {
        access.requireMember();
        String country = context.current();
        Map<Long, GrantFigure> grantOf = grants.of().stream()
                .collect(Collectors.toMap(GrantFigure::proposalId, Function.identity()));
        Map<Long, Map<String, BigDecimal>> reached = actuals.latestAccepted();
        List<CountryResults.PhasedLine> lines = new ArrayList<>();
        List<MarkerFacts> markers = new ArrayList<>();
        for (Proposal proposal : proposals.submitted()) {
            ProposalProfile profile = proposal.profile();
            GrantFigure grant = grantOf.get(proposal.id());
            markers.add(new MarkerFacts(country, proposal.id(), profile.genderMarker(), profile.sdgTargets(),
                    profile.gcmObjectives(), profile.covidRecovery(),
                    profile.level() == null ? null : profile.level().name(), proposal.sector().name(),
                    grant == null ? null : grant.approved(), grant == null ? null : grant.usdRate()));
            if (grant == null) {
                continue;
            }
            Map<String, BigDecimal> ofGrant = reached.getOrDefault(proposal.id(), Map.of());
            for (Indicator indicator : profile.indicators()) {
                if (indicator.outcome() != null && indicator.phaseId() != null) {
                    lines.add(new CountryResults.PhasedLine(indicator.phaseId(), new ResultLine(country, proposal.id(),
                            indicator.name(), indicator.outcome(), indicator.programmeIndicatorId(), indicator.target(),
                            ofGrant.get(indicator.name()))));
                }
            }
        }
        return new CountryResults(lines, markers);
    }
}
