package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.Marker;
import org.m4d.grants.testing.InMemoryCatalogue;
import org.m4d.grants.testing.InMemoryMarkerRequirements;
import org.m4d.grants.testing.SignedInUser;
import org.m4d.grants.testing.Wiring;

class PhaseMarkerServiceTest {

    private final SignedInUser user = new SignedInUser();
    private final InMemoryMarkerRequirements requirements = new InMemoryMarkerRequirements();
    private final PhaseMarkerService service = Wiring.wire(new PhaseMarkerService(), user, InMemoryCatalogue.phaseThree(),
            requirements);

    @Test
    void pmuSetsThePhasesRequiredMarkersAndEveryoneReadsThem() {
        user.as("pmu", null, Role.PMU);
        RequiredMarkers set = service.require(InMemoryCatalogue.PHASE_III,
                new RequiredMarkers(Set.of(Marker.GENDER_MARKER, Marker.OUTCOME)));
        user.as("np.applicant", "NP", Role.APPLICANT);

        assertThat(set.markers()).containsExactly(Marker.GENDER_MARKER, Marker.OUTCOME);
        assertThat(service.of(InMemoryCatalogue.PHASE_III).markers()).containsExactly(Marker.GENDER_MARKER, Marker.OUTCOME);
    }

    @Test
    void onlyPmuSetsThemAndARefusalChangesNothing() {
        user.as("observer", null, Role.OBSERVER);

        assertThatThrownBy(() -> service.require(InMemoryCatalogue.PHASE_III, new RequiredMarkers(Set.of(Marker.LEVEL))))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Only the programme unit (pmu) sets the markers a phase requires");
        assertThat(requirements.of(InMemoryCatalogue.PHASE_III)).isEmpty();
    }

    @Test
    void anUnknownPhaseIsNotFound() {
        user.as("pmu", null, Role.PMU);

        assertThatThrownBy(() -> service.require("M4D-IX", new RequiredMarkers(Set.of(Marker.LEVEL))))
                .isInstanceOf(NotFoundException.class);
        assertThat(requirements.of("M4D-IX")).isEmpty();
    }
}
