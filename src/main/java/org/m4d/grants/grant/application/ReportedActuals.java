package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.m4d.grants.grant.domain.AcceptedReports;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.GrantRepository;
import org.m4d.grants.grant.domain.IndicatorActual;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.identity.application.Access;

/**
 * Where each grant's indicators stand by its accepted reports: per proposal, per indicator name, the
 * actual of the latest accepted report that gave one. A report still being verified, or returned,
 * does not count.
 */
@ApplicationScoped
@Transactional
public class ReportedActuals {

    @Inject
    AcceptedReports reports;

    @Inject
    GrantRepository grants;

    @Inject
    Access access;

    public Map<Long, Map<String, BigDecimal>> latestAccepted() {
        access.requireMember();
        Map<Long, Long> proposalOfGrant = new HashMap<>();
        for (GrantAgreement grant : grants.agreements()) {
            proposalOfGrant.put(grant.id(), grant.proposalId());
        }
        Map<Long, Map<String, BigDecimal>> actuals = new HashMap<>();
        for (Report report : reports.accepted()) {
            Long proposal = proposalOfGrant.get(report.grantId());
            if (proposal == null) {
                continue;
            }
            for (IndicatorActual actual : report.indicatorActuals()) {
                actuals.computeIfAbsent(proposal, p -> new HashMap<>()).put(actual.name(), actual.actual());
            }
        }
        return actuals;
    }
}
