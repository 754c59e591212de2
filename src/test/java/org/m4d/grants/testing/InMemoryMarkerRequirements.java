package org.m4d.grants.testing;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.m4d.grants.proposal.domain.Marker;
import org.m4d.grants.proposal.domain.MarkerRequirements;

/** The phases' required markers for unit tests; none until a test requires some. */
public class InMemoryMarkerRequirements implements MarkerRequirements {

    private final Map<String, Set<Marker>> byPhase = new HashMap<>();

    @Override
    public Set<Marker> of(String phaseId) {
        return byPhase.getOrDefault(phaseId, EnumSet.noneOf(Marker.class));
    }

    @Override
    public void require(String phaseId, Set<Marker> markers) {
        byPhase.put(phaseId, EnumSet.copyOf(markers));
    }
}
