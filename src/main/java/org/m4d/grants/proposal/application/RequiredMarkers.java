package org.m4d.grants.proposal.application;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.m4d.grants.proposal.domain.Marker;

/** The markers a phase requires of every proposal at submission; none is an empty set. */
public record RequiredMarkers(@NotNull(message = "{m4d.markers.required}") Set<Marker> markers) {
}
