package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.workflow.application.AssuranceSteps;
import org.m4d.grants.workflow.domain.AssuranceModel;

/**
 * The expressions of {@code bpmn/assurance-activity.bpmn}: each runs in the tenant context of the
 * execution's tenant and hands the ids to {@link AssuranceSteps}, which the assurance context implements.
 */
@Named("assuranceSteps")
@ApplicationScoped
public class AssuranceActivitySteps {

    @Inject
    AssuranceSteps steps;

    @Inject
    TenantContext context;

    /** The open findings the activity raised, one follow-up each. */
    public List<Long> openFindings(DelegateExecution execution) {
        long activity = ((Number) execution.getVariable(AssuranceModel.VAR_ACTIVITY_ID)).longValue();
        return context.runIn(execution.getTenantId(), () -> steps.openFindings(activity));
    }

    /** The follow-up's due date: the finding's, as it stands now. */
    public Date findingDue(DelegateExecution execution) {
        long finding = ((Number) execution.getVariable(AssuranceModel.VAR_FINDING_ID)).longValue();
        return Date.from(context.runIn(execution.getTenantId(), () -> steps.findingDue(finding))
                .atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
