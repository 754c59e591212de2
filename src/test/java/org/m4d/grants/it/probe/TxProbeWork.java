package org.m4d.grants.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.m4d.grants.audit.application.AuditTrail;
import org.m4d.grants.platform.application.TenantContext;

/** Work inside one container transaction that fails after an engine call and a JPA write. */
@ApplicationScoped
public class TxProbeWork {

    /** The failure, carrying what the transaction itself could see just before it. */
    public static class ProbeFailure extends RuntimeException {
        final long auditRowsSeen;
        final long instancesSeen;

        ProbeFailure(long auditRowsSeen, long instancesSeen) {
            super("Probe failure after an engine call and a JPA write");
            this.auditRowsSeen = auditRowsSeen;
            this.instancesSeen = instancesSeen;
        }
    }

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext context;

    @Inject
    RuntimeService runtime;

    @Transactional
    public void writeStartThenFail(String marker) {
        try (TenantContext.Scope nepal = context.enter("NP")) {
            audit.record("it-probe", TxProbeSteps.ACTION, "PROBE", 0L, null, null, marker);
            runtime.startProcessInstanceByKey("txProbeSync", marker, Map.of("tenantId", "NP"));
            long auditRows = audit.history("PROBE", 0L).stream().filter(e -> marker.equals(e.detail())).count();
            long instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(marker).count();
            throw new ProbeFailure(auditRows, instances);
        }
    }
}
