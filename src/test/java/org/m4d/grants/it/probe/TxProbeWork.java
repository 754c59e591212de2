package org.m4d.grants.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.m4d.grants.audit.application.AuditTrail;

/** Work inside one container transaction that fails after an engine call and a JPA write. */
@ApplicationScoped
public class TxProbeWork {

    @Inject
    AuditTrail audit;

    @Inject
    RuntimeService runtime;

    @Transactional
    public void writeStartThenFail(String marker) {
        audit.record("NP", "it-probe", TxProbeSteps.ACTION, "PROBE", 0L, null, null, marker);
        runtime.startProcessInstanceByKey("txProbeSync", marker, Map.of("tenantId", "NP"));
        throw new IllegalStateException("Probe failure after an engine call and a JPA write");
    }
}
