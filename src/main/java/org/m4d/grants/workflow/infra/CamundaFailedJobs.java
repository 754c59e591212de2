package org.m4d.grants.workflow.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.workflow.application.FailedJobs;
import org.m4d.grants.workflow.domain.FailedJob;

/**
 * The failed jobs of a country on the embedded engine: the country's jobs with an exception (the
 * engine's tenant is the country code), then one query per distinct job definition among them
 * (which activity, which kind of job: a handful, whatever the number of jobs) and one for their
 * instances (the business key). No user is set on
 * the engine: the country filter is explicit in every query, and {@code IncidentAdministration}
 * decides who may ask.
 */
@ApplicationScoped
@Transactional
public class CamundaFailedJobs implements FailedJobs {

    /** The class names the engine puts before a wrapped exception's message ("java.lang.IllegalStateException: "). */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*: ");

    /** The job type of a boundary timer, as the engine's job definitions name it. */
    static final String BOUNDARY_TIMER = "timer-transition";

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    @Inject
    RepositoryService repository;

    @Inject
    TenantContext context;

    @Override
    public List<FailedJob> ofCountry() {
        List<Job> jobs = management.createJobQuery().tenantIdIn(context.current()).withException().list();
        return views(jobs).stream().sorted(Comparator.comparing(FailedJob::kind).reversed()
                .thenComparing(FailedJob::created, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FailedJob::id)).toList();
    }

    @Override
    public Optional<FailedJob> find(String id) {
        Job job = management.createJobQuery().tenantIdIn(context.current()).jobId(id).withException().singleResult();
        return job == null ? Optional.empty() : Optional.of(views(List.of(job)).get(0));
    }

    @Override
    public void retry(String id) {
        Job job = management.createJobQuery().tenantIdIn(context.current()).jobId(id).singleResult();
        if (job == null || job.getRetries() > 0) {
            throw new ConflictException("This job is being retried already or has changed meanwhile")
                    .withKey("incidents.changed");
        }
        try {
            management.setJobRetries(id, 1);
        } catch (OptimisticLockingException e) {
            throw conflict(e);
        }
    }

    @Override
    public void resolve(String id) {
        if (management.createJobQuery().tenantIdIn(context.current()).jobId(id).count() == 0) {
            throw new ConflictException("This job is being retried already or has changed meanwhile")
                    .withKey("incidents.changed");
        }
        try {
            management.deleteJob(id);
        } catch (OptimisticLockingException e) {
            throw conflict(e);
        } catch (ProcessEngineException e) {
            // the job executor holds the job (a retry in progress), or someone dropped it first
            if (management.createJobQuery().jobId(id).count() == 0 || isLocked(e)) {
                throw conflict(e);
            }
            throw e;
        }
    }

    @Override
    public long incidents() {
        return runtime.createIncidentQuery().count();
    }

    private static boolean isLocked(ProcessEngineException e) {
        return e.getMessage() != null && e.getMessage().contains("being executed");
    }

    private static ConflictException conflict(ProcessEngineException e) {
        ConflictException conflict = new ConflictException("This job is being retried already or has changed meanwhile")
                .withKey("incidents.changed");
        conflict.initCause(e);
        return conflict;
    }

    private List<FailedJob> views(List<Job> jobs) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        Set<String> definitionIds = jobs.stream().map(Job::getJobDefinitionId).filter(d -> d != null)
                .collect(Collectors.toSet());
        Map<String, JobDefinition> definitions = new HashMap<>();
        for (String definitionId : definitionIds) {
            JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(definitionId).singleResult();
            if (definition != null) {
                definitions.put(definitionId, definition);
            }
        }
        Set<String> instanceIds = jobs.stream().map(Job::getProcessInstanceId).filter(i -> i != null)
                .collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
                keys.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return jobs.stream().map(job -> view(job, definitions.get(job.getJobDefinitionId()),
                keys.get(job.getProcessInstanceId()))).toList();
    }

    private FailedJob view(Job job, JobDefinition definition, String businessKey) {
        String activity = definition != null ? definition.getActivityId() : job.getFailedActivityId();
        boolean reminder = definition != null && BOUNDARY_TIMER.equals(definition.getJobType())
                && nonInterruptingTimer(job.getProcessDefinitionId(), activity);
        return new FailedJob(job.getId(), job.getTenantId(), businessKey, activity, readable(job.getExceptionMessage()),
                job.getRetries(), job.getCreateTime() == null ? null : job.getCreateTime().toInstant(),
                job.getRetries() > 0 ? FailedJob.Kind.RETRYING : FailedJob.Kind.INCIDENT, reminder);
    }

    /**
     * The failure's own message: the engine wraps an exception thrown by an expression and keeps
     * "class: message"; the operator reads the message, no class name (as no answer of the API shows one).
     */
    static String readable(String message) {
        if (message == null) {
            return null;
        }
        String readable = message;
        for (String shorter = CLASS_PREFIX.matcher(readable).replaceFirst(""); !shorter.equals(readable);
             shorter = CLASS_PREFIX.matcher(readable).replaceFirst("")) {
            readable = shorter;
        }
        return readable;
    }

    /** Whether the activity is a boundary timer that leaves the activity it is attached to running. */
    private boolean nonInterruptingTimer(String processDefinitionId, String activity) {
        if (processDefinitionId == null || activity == null) {
            return false;
        }
        ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activity);
        return element instanceof BoundaryEvent boundary && !boundary.cancelActivity()
                && !boundary.getChildElementsByType(TimerEventDefinition.class).isEmpty();
    }
}
