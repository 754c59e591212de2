package org.m4d.grants.operations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.m4d.grants.operations.domain.CountryFacts;
import org.m4d.grants.operations.domain.CountryFacts.LifecycleFact;
import org.m4d.grants.workflow.application.LifecyclePositions;

/**
 * One reading of the tenant context's country, tables and engine, in one read-only transaction of
 * its own: each reading sees what was committed when it ran.
 */
@ApplicationScoped
@Transactional
public class CountryReading {

    @Inject
    ConsistencySource source;

    @Inject
    LifecyclePositions positions;

    public CountryFacts read() {
        CountryFacts rows = source.read();
        List<LifecycleFact> lifecycles = positions.ofCountry().stream()
                .map(p -> new LifecycleFact(p.instanceId(), p.businessKey(), p.running(), p.waiting(), p.endEvent()))
                .toList();
        return new CountryFacts(rows.country(), rows.proposals(), lifecycles, rows.grants(), rows.tranches(),
                rows.entries(), rows.amendments(), rows.versions());
    }
}
