package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.AssuranceRepository;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.platform.domain.NotFoundException;
import org.m4d.grants.workflow.application.Workflow;
import org.m4d.grants.workflow.domain.AssuranceModel;

/** The activity or finding an open assurance task is about, for its form; only for a task the user sees. */
@ApplicationScoped
@Transactional
public class AssuranceTasks {

    @Inject
    Workflow workflow;

    @Inject
    AssuranceRepository assurance;

    public AssuranceActivity activity(String taskId) {
        long id = ((Number) workflow.variable(taskId, AssuranceModel.VAR_ACTIVITY_ID)).longValue();
        return assurance.activity(id).orElseThrow(() -> new NotFoundException("Activity"));
    }

    public Finding finding(String taskId) {
        long id = ((Number) workflow.variable(taskId, AssuranceModel.VAR_FINDING_ID)).longValue();
        return assurance.finding(id).orElseThrow(() -> new NotFoundException("Finding"));
    }
}
