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
 * Where each grant's indicators stand by the reports that count: per proposal, per indicator name,
 * the actual of the latest counting report that gave one. A report counts once accepted, or, for
 * the final report, once its grant is closed ({@link Report#counts(boolean)}, the rule the IATI
 * file and the proposal page follow too). A report still being verified, or returned, does not.
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
        Map<Long, GrantAgreement> byId = new HashMap<>();
        for (GrantAgreement grant : grants.agreements()) {
            byId.put(grant.id(), grant);
        }
        Map<Long, Map<String, BigDecimal>> actuals = new HashMap<>();
        for (Report report : reports.countable()) {
            GrantAgreement grant = byId.get(report.grantId());
            if (grant == null || !report.counts(grant.closed())) {
                continue;
            }
            long proposal = grant.proposalId();
            for (IndicatorActual actual : report.indicatorActuals()) {
                actuals.computeIfAbsent(proposal, p -> new HashMap<>()).put(actual.name(), actual.actual());
            }
        }
        return actuals;
    }
}
