package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.assurance.domain.AssuranceRepository;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.workflow.application.AssuranceSteps;

/** Answers the activity process about its findings, in the engine's transaction. */
@ApplicationScoped
public class AssuranceActivities implements AssuranceSteps {

    @Inject
    AssuranceRepository assurance;

    @Override
    public List<Long> openFindings(long activityId) {
        return assurance.findings(activityId).stream().filter(f -> f.status() == Finding.Status.OPEN)
                .map(Finding::id).toList();
    }

    @Override
    public LocalDate findingDue(long findingId) {
        return assurance.finding(findingId).map(Finding::dueOn).orElseThrow(() -> new NotFoundException("Finding"));
    }
}
