package org.m4d.grants.programme.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.programme.domain.CallRepository;

@ApplicationScoped
public class JpaCallRepository implements CallRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public List<Call> all() {
        return em.createNamedQuery("Call.all", Call.class).getResultList();
    }

    @Override
    public Optional<Call> find(long id) {
        return Optional.ofNullable(em.find(Call.class, id));
    }

    @Override
    public void add(Call call) {
        em.persist(call);
        em.flush();
    }
}
