package org.m4d.grants.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.proposal.domain.Marker;
import org.m4d.grants.testing.FixedProgramme;
import org.m4d.grants.testing.InMemoryMarkerRequirements;
import org.m4d.grants.testing.SignedInUser;
import org.m4d.grants.testing.Wiring;

class PhaseMarkerServiceTest {

    private static final String PHASE = "TEST-PHASE";

    private final SignedInUser user = new SignedInUser();
    private final InMemoryMarkerRequirements requirements = new InMemoryMarkerRequirements();
    private final PhaseMarkerService service = Wiring.wire(new PhaseMarkerService(), user, FixedProgramme.ofTests(),
            requirements);

    @Test
    void pmuSetsThePhasesRequiredMarkersAndEveryoneReadsThem() {
        user.as("pmu", null, Role.PMU);
        RequiredMarkers set = service.require(PHASE,
                new RequiredMarkers(Set.of(Marker.GENDER_MARKER, Marker.OUTCOME)));
        user.as("np.applicant", "NP", Role.APPLICANT);

        assertThat(set.markers()).containsExactly(Marker.GENDER_MARKER, Marker.OUTCOME);
        assertThat(service.of(PHASE).markers()).containsExactly(Marker.GENDER_MARKER, Marker.OUTCOME);
    }

    @Test
    void onlyPmuSetsThemAndARefusalChangesNothing() {
        user.as("observer", null, Role.OBSERVER);

        assertThatThrownBy(() -> service.require(PHASE, new RequiredMarkers(Set.of(Marker.LEVEL))))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Only the programme unit (pmu) sets the markers a phase requires");
        assertThat(requirements.of(PHASE)).isEmpty();
    }

    @Test
    void anUnknownPhaseIsNotFound() {
        user.as("pmu", null, Role.PMU);

        assertThatThrownBy(() -> service.require("M4D-IX", new RequiredMarkers(Set.of(Marker.LEVEL))))
                .isInstanceOf(NotFoundException.class);
        assertThat(requirements.of("M4D-IX")).isEmpty();
    }

    @Test
    void aNullMarkerIsAViolationWithItsMessageNotAnError() {
        RequiredMarkers withNull = new RequiredMarkers(new HashSet<>(Arrays.asList(Marker.GENDER_MARKER, null)));
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<RequiredMarkers>> violations = factory.getValidator().validate(withNull);

            assertThat(violations).extracting(ConstraintViolation::getMessageTemplate)
                    .containsExactly("{m4d.markers.marker.required}");
            assertThat(factory.getValidator().validate(new RequiredMarkers(Set.of(Marker.OUTCOME)))).isEmpty();
        }
    }
}
