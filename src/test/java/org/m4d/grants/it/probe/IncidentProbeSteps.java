package org.m4d.grants.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The service step of the incident probes: it fails until the test fixes its cause for the business key. */
@Named("incidentProbeSteps")
@ApplicationScoped
public class IncidentProbeSteps {

    static final String ERROR = "Incident probe: the partner system is down";

    /** The business keys whose cause is fixed. */
    static final Set<String> FIXED = ConcurrentHashMap.newKeySet();

    public void call(DelegateExecution execution) {
        if (!FIXED.contains(execution.getProcessBusinessKey())) {
            throw new IllegalStateException(ERROR);
        }
    }
}
