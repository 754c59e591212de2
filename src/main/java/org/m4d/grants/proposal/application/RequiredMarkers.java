package org.m4d.grants.proposal.application;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.m4d.grants.proposal.domain.Marker;

/**
 * The markers a phase requires of every proposal at submission; none is an empty set. Each element
 * must be a marker: a null one is a 400 with a message, not an error when the set is copied.
 */
public record RequiredMarkers(
        @NotNull(message = "{m4d.markers.required}")
        Set<@NotNull(message = "{m4d.markers.marker.required}") Marker> markers) {
}
