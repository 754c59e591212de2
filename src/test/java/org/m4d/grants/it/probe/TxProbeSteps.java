package org.m4d.grants.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.platform.application.TenantContext;

/** Service steps of the probe processes: a JPA write in the engine's transaction, and a failure. */
@Named("txProbeSteps")
@ApplicationScoped
public class TxProbeSteps {

    static final String ACTION = "TX_PROBE";

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext context;

    public void write(DelegateExecution execution) {
        context.runIn(execution.getTenantId(), () -> audit.record("it-probe", ACTION, "PROBE", 0L, null, null,
                execution.getProcessBusinessKey()));
    }

    public void writeThenFail(DelegateExecution execution) {
        write(execution);
        throw new IllegalStateException("Probe failure after a JPA write");
    }
}
