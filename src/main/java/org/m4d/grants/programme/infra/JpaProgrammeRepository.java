package org.m4d.grants.programme.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.m4d.grants.programme.domain.Programme;
import org.m4d.grants.programme.domain.ProgrammeRepository;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public Optional<Programme> find(String id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }
}
