package org.m4d.grants.workflow.infra;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * Gives every instance of a shared (tenant-less) process definition the tenant named in its start
 * variable {@value GrantLifecycle#VAR_TENANT}; a called process inherits its caller's tenant. An
 * instance of a tenant's own definition keeps that definition's tenant.
 */
public class TenantOfInstance implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object tenant = ctx.getVariables().get(GrantLifecycle.VAR_TENANT);
        if (tenant == null) {
            throw new IllegalArgumentException("A process instance needs the start variable " + GrantLifecycle.VAR_TENANT);
        }
        return tenant.toString();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
}
