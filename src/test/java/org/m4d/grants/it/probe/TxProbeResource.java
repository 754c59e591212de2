package org.m4d.grants.it.probe;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Test-only endpoints, added to the deployment by {@code TransactionIT}, that make the engine and
 * JPA work together in the ways the transaction tests check from outside through JDBC.
 */
@Path("it-probe")
@Produces(MediaType.APPLICATION_JSON)
public class TxProbeResource {

    @Inject
    RuntimeService runtime;

    @Inject
    RepositoryService repository;

    @Inject
    ManagementService management;

    @Inject
    TxProbeWork work;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private void deployProbeProcesses() {
        repository.createDeployment().name("it-probe").enableDuplicateFiltering(true)
                .addClasspathResource("it-probe/tx-probe.bpmn").deploy();
    }

    /** (a) A step started with no container transaction around it. */
    @POST
    @Path("outside-transaction")
    public Map<String, Object> outsideTransaction(@QueryParam("marker") String marker) {
        deployProbeProcesses();
        boolean noTransaction = transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION;
        ProcessInstance instance = runtime.startProcessInstanceByKey("txProbeSync", marker, Map.of("tenantId", "NP"));
        return Map.of("noTransactionBefore", noTransaction, "instanceId", instance.getId());
    }

    /** (b) A container transaction that fails after an engine call and a JPA write. */
    @POST
    @Path("rollback")
    public Map<String, Object> rollback(@QueryParam("marker") String marker) {
        deployProbeProcesses();
        try {
            work.writeStartThenFail(marker);
            return Map.of("failed", false);
        } catch (TxProbeWork.ProbeFailure expected) {
            return Map.of("failed", true, "auditRowsSeen", expected.auditRowsSeen,
                    "instancesSeen", expected.instancesSeen);
        }
    }

    /** (c) Makes the screening-overdue timer of a proposal due now, for the job executor to fire. */
    @POST
    @Path("due-now")
    public Map<String, Object> screeningTimerDueNow(@QueryParam("proposal") String proposalId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(proposalId)
                .singleResult();
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        management.setJobDuedate(timer.getId(), new Date());
        return Map.of("jobId", timer.getId(), "instanceId", instance.getId());
    }

    /** (d) An async step that writes through JPA and then fails, until it becomes an incident. */
    @POST
    @Path("failing-async")
    public Map<String, Object> failingAsync(@QueryParam("marker") String marker) {
        deployProbeProcesses();
        ProcessInstance instance = runtime.startProcessInstanceByKey("txProbeFailing", marker, Map.of("tenantId", "NP"));
        return Map.of("instanceId", instance.getId());
    }

    /** (f) An async step that writes through JPA and the engine, then fails at commit. */
    @POST
    @Path("fails-at-commit")
    public Map<String, Object> failsAtCommit(@QueryParam("marker") String marker) {
        deployProbeProcesses();
        ProcessInstance instance = runtime.startProcessInstanceByKey("txProbeFailsAtCommit", marker,
                Map.of("tenantId", "NP"));
        return Map.of("instanceId", instance.getId());
    }

    /** (f) The database transactions the first attempt of that step saw: engine, engine again, JPA. */
    @GET
    @Path("transactions-seen")
    public List<Long> transactionsSeen(@QueryParam("marker") String marker) {
        return TxProbeSteps.TRANSACTIONS_SEEN.getOrDefault(marker, List.of());
    }

    /** (e) Starts instances of four async JPA-writing steps each, for the job executor. */
    @POST
    @Path("chain")
    public Map<String, Object> chain(@QueryParam("marker") String marker, @QueryParam("instances") int instances) {
        deployProbeProcesses();
        for (int i = 0; i < instances; i++) {
            runtime.startProcessInstanceByKey("txProbeChain", marker, Map.of("tenantId", "NP"));
        }
        return Map.of("started", instances);
    }
}
