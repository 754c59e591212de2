package org.m4d.grants.operations.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.m4d.grants.operations.application.ConsistencySource;
import org.m4d.grants.operations.domain.CountryFacts;
import org.m4d.grants.operations.domain.CountryFacts.AmendmentFact;
import org.m4d.grants.operations.domain.CountryFacts.EntryFact;
import org.m4d.grants.operations.domain.CountryFacts.GrantFact;
import org.m4d.grants.operations.domain.CountryFacts.ProposalFact;
import org.m4d.grants.operations.domain.CountryFacts.TrancheFact;
import org.m4d.grants.operations.domain.CountryFacts.VersionFact;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.infra.TenantEntities;

/**
 * The country's rows as the tables hold them: JPQL projections of the columns (six queries, one per
 * table, in the country's tenant), never the entities, so that no constructor or invariant of the
 * owning context stands between the check and a row that breaks it (an amount with too many
 * decimals, a reversal of nothing). Reads only.
 */
@ApplicationScoped
public class ConsistencyJpaSource extends TenantEntities implements ConsistencySource {

    @Inject
    TenantContext context;

    @Override
    public CountryFacts read() {
        EntityManager em = em();
        List<ProposalFact> proposals = rows(em, "SELECT p.id, p.state, p.processInstanceId, p.requestedAmount, p.currency "
                + "FROM Proposal p").stream().map(r -> new ProposalFact(id(r[0]), name(r[1]), (String) r[2],
                (BigDecimal) r[3], (String) r[4])).toList();
        List<GrantFact> grants = rows(em, "SELECT g.id, g.proposalId, g.status, g.approvedAmount, g.currency "
                + "FROM GrantAgreement g").stream().map(r -> new GrantFact(id(r[0]), (Long) r[1], name(r[2]),
                (BigDecimal) r[3], (String) r[4])).toList();
        List<TrancheFact> tranches = rows(em, "SELECT t.id, t.grantId, t.number, t.status, t.amount FROM Tranche t")
                .stream().map(r -> new TrancheFact(id(r[0]), id(r[1]), ((Number) r[2]).intValue(), name(r[3]),
                        (BigDecimal) r[4])).toList();
        List<EntryFact> entries = rows(em, "SELECT d.id, d.grantId, d.kind, d.amount, d.currency, d.trancheNumber, "
                + "d.reversesId FROM Disbursement d").stream().map(r -> new EntryFact(id(r[0]), id(r[1]), name(r[2]),
                (BigDecimal) r[3], (String) r[4], (Integer) r[5], (Long) r[6])).toList();
        List<AmendmentFact> amendments = rows(em, "SELECT a.id, a.grantId, a.number, a.kind, a.status, a.newAmount "
                + "FROM Amendment a").stream().map(r -> new AmendmentFact(id(r[0]), id(r[1]), ((Number) r[2]).intValue(),
                name(r[3]), name(r[4]), (BigDecimal) r[5])).toList();
        List<VersionFact> versions = rows(em, "SELECT v.id, v.grantId, v.number, v.approvedAmount, v.amendmentId "
                + "FROM AgreementVersion v").stream().map(r -> new VersionFact(id(r[0]), id(r[1]),
                ((Number) r[2]).intValue(), (BigDecimal) r[3], (Long) r[4])).toList();
        return new CountryFacts(context.current(), proposals, List.of(), grants, tranches, entries, amendments, versions);
    }

    private static List<Object[]> rows(EntityManager em, String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    /** An enum column as its name; null stays null. */
    private static String name(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
