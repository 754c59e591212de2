package org.m4d.grants.tenancy.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.m4d.grants.tenancy.domain.ExchangeRate;
import org.m4d.grants.tenancy.domain.ExchangeRateRepository;

@ApplicationScoped
public class JpaExchangeRateRepository implements ExchangeRateRepository {

    @PersistenceContext(unitName = "m4d")
    EntityManager em;

    @Override
    public List<ExchangeRate> of(String currency) {
        return em.createNamedQuery("ExchangeRate.ofCurrency", ExchangeRate.class).setParameter("currency", currency)
                .getResultList();
    }

    @Override
    public void store(ExchangeRate rate) {
        em.persist(rate);
        em.flush();
    }
}
