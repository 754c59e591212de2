package org.m4d.grants.programme.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.programme.domain.PhaseIndicator;
import org.m4d.grants.programme.domain.PhaseRepository;
import org.m4d.grants.programme.domain.ProgrammePhase;

@ApplicationScoped
public class JpaPhaseRepository implements PhaseRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public List<ProgrammePhase> all() {
        return em.createNamedQuery("ProgrammePhase.all", ProgrammePhase.class).getResultList();
    }

    @Override
    public Optional<ProgrammePhase> find(String id) {
        return Optional.ofNullable(em.find(ProgrammePhase.class, id));
    }

    @Override
    public List<PhaseIndicator> indicators(String phaseId) {
        return em.createNamedQuery("PhaseIndicator.ofPhase", PhaseIndicator.class).setParameter("phase", phaseId)
                .getResultList();
    }

    @Override
    public void add(ProgrammePhase phase, List<PhaseIndicator> indicators) {
        em.persist(phase);
        indicators.forEach(em::persist);
        em.flush();
    }
}
