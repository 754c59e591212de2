package org.m4d.grants.proposal.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.m4d.grants.proposal.domain.Marker;
import org.m4d.grants.proposal.domain.MarkerRequirements;
import org.m4d.grants.proposal.domain.PhaseMarkers;

/** The phases' required markers: programme-wide reference data, read without a tenant. */
@ApplicationScoped
public class JpaMarkerRequirements implements MarkerRequirements {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public Set<Marker> of(String phaseId) {
        PhaseMarkers phase = em.find(PhaseMarkers.class, phaseId);
        return phase == null ? EnumSet.noneOf(Marker.class) : phase.markers();
    }

    @Override
    public void require(String phaseId, Set<Marker> markers) {
        PhaseMarkers phase = em.find(PhaseMarkers.class, phaseId);
        if (phase == null) {
            phase = new PhaseMarkers(phaseId);
            em.persist(phase);
        }
        phase.require(markers);
    }
}
