package org.m4d.grants.grant.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.infra.TenantEntities;

@ApplicationScoped
public class JpaGrantRepository extends TenantEntities implements GrantRepository {

    @Override
    public Optional<GrantAgreement> findByProposal(long proposalId) {
        EntityManager em = em();
        return em.createNamedQuery("GrantAgreement.byProposal", GrantAgreement.class)
                .setParameter("proposalId", proposalId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<GrantAgreement> lockByProposal(long proposalId) {
        EntityManager em = em();
        return em.createNamedQuery("GrantAgreement.byProposal", GrantAgreement.class)
                .setParameter("proposalId", proposalId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Money disbursedTotal(GrantAgreement grant) {
        EntityManager em = em();
        Object sum = em.createNamedQuery("Disbursement.totalOfGrant")
                .setParameter("grantId", grant.id())
                .getSingleResult();
        return inGrantCurrency(sum, grant);
    }

    @Override
    public List<GrantAgreement> agreements() {
        EntityManager em = em();
        return em.createNamedQuery("GrantAgreement.all", GrantAgreement.class).getResultList();
    }

    @Override
    public Map<Long, BigDecimal> disbursedByGrant() {
        EntityManager em = em();
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Disbursement.totalsByGrant", Object[].class).getResultList()) {
            totals.put(((Number) row[0]).longValue(), decimal(row[1]));
        }
        return totals;
    }

    @Override
    public List<Disbursement> ledger(GrantAgreement grant) {
        EntityManager em = em();
        return em.createNamedQuery("Disbursement.ofGrant", Disbursement.class)
                .setParameter("grantId", grant.id())
                .getResultList();
    }

    @Override
    public void store(GrantAgreement grant) {
        EntityManager em = em();
        em.persist(grant);
    }

    @Override
    public void append(Disbursement disbursement) {
        EntityManager em = em();
        em.persist(disbursement);
        em.flush();
    }

    @Override
    public Optional<Disbursement> byIdempotencyKey(String key) {
        EntityManager em = em();
        return em.createNamedQuery("Disbursement.byKey", Disbursement.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Disbursement> entry(long id) {
        EntityManager em = em();
        return Optional.ofNullable(em.find(Disbursement.class, id));
    }

    @Override
    public Money disbursedFromTranche(GrantAgreement grant, int tranche) {
        EntityManager em = em();
        Object sum = em.createNamedQuery("Disbursement.totalOfTranche")
                .setParameter("grantId", grant.id()).setParameter("tranche", tranche).getSingleResult();
        return inGrantCurrency(sum, grant);
    }

    /** A SUM from the database (BigDecimal on PostgreSQL, possibly another Number elsewhere) as the grant's money. */
    private static Money inGrantCurrency(Object sum, GrantAgreement grant) {
        return Money.of(decimal(sum), grant.approved().currency());
    }

    private static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal b ? b : new BigDecimal(sum.toString());
    }

    @Override
    public List<Tranche> tranches(GrantAgreement grant) {
        EntityManager em = em();
        return em.createNamedQuery("Tranche.ofGrant", Tranche.class).setParameter("grantId", grant.id()).getResultList();
    }

    @Override
    public void store(Tranche tranche) {
        EntityManager em = em();
        em.persist(tranche);
    }

    @Override
    public List<Report> reports(GrantAgreement grant) {
        EntityManager em = em();
        return em.createNamedQuery("Report.ofGrant", Report.class).setParameter("grantId", grant.id()).getResultList();
    }

    @Override
    public void store(Report report) {
        EntityManager em = em();
        em.persist(report);
    }

    @Override
    public Optional<Disbursement> reversalOf(long id) {
        EntityManager em = em();
        return em.createNamedQuery("Disbursement.reversalOf", Disbursement.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<FaceDocument> faceDocuments(GrantAgreement grant) {
        return em().createNamedQuery("FaceDocument.ofGrant", FaceDocument.class).setParameter("grantId", grant.id())
                .getResultList();
    }

    @Override
    public void store(FaceDocument document) {
        em().persist(document);
    }
}
