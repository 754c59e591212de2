package org.m4d.grants.workflow.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.m4d.grants.workflow.domain.TaskView;

/** Open tasks and payload checks for the unit tests of the handlers. */
public final class Steps {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Steps() {
    }

    /** An open task of a proposal of Nepal, with the variables the model gave it. */
    public static TaskStep step(String key, long proposalId, String assignee, Map<String, Object> variables) {
        return new TaskStep(new TaskView("task-1", key, key, "NP", proposalId, assignee, null, null, null,
                "tasks/" + key + ".xhtml"), variables::get);
    }

    public static TaskStep step(String key, long proposalId) {
        return step(key, proposalId, null, Map.of());
    }

    /** What Bean Validation finds wrong with a payload, as "member: message", sorted. */
    public static Set<String> violations(Object payload) {
        Set<String> found = new TreeSet<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(payload)) {
            found.add(violation.getPropertyPath() + ": " + violation.getMessage());
        }
        return found;
    }
}
