package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Chooses between a tenant's own decision table and the shared one: a business rule task asks
 * for the tenant of the table to evaluate; {@code null} means the shared table.
 */
@Named("decisionTables")
@ApplicationScoped
public class DecisionTables {

    public String tenantFor(DelegateExecution execution, String decisionKey) {
        String tenant = execution.getTenantId();
        if (tenant == null) {
            return null;
        }
        long own = execution.getProcessEngineServices().getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).tenantIdIn(tenant).count();
        return own > 0 ? tenant : null;
    }
}
