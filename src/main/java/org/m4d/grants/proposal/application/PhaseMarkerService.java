package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.programme.application.ProgrammeCatalogue;
import org.m4d.grants.proposal.domain.Marker;
import org.m4d.grants.proposal.domain.MarkerRequirements;

/**
 * Which markers each phase requires at submission: read by every signed-in user (the wizard's
 * rules are the same in every country), set by pmu.
 */
@ApplicationScoped
@Transactional
public class PhaseMarkerService {

    @Inject
    CurrentUser user;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    MarkerRequirements requirements;

    public RequiredMarkers of(String phaseId) {
        requirePhase(phaseId);
        return new RequiredMarkers(requirements.of(phaseId));
    }

    /** pmu sets the phase's required markers, replacing those set before. */
    public RequiredMarkers require(String phaseId, @NotNull @Valid RequiredMarkers required) {
        requirePhase(phaseId);
        if (!user.hasRole(null, Role.PMU)) {
            throw new ForbiddenException("Only the programme unit (pmu) sets the markers a phase requires");
        }
        Set<Marker> markers = EnumSet.noneOf(Marker.class);
        markers.addAll(required.markers());
        requirements.require(phaseId, markers);
        return new RequiredMarkers(requirements.of(phaseId));
    }

    private void requirePhase(String phaseId) {
        if (!user.signedIn() || catalogue.phase(phaseId).isEmpty()) {
            throw new NotFoundException("Phase");
        }
    }
}
