package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.domain.AssuranceModel;

/** The coordinator's programmatic visit to the partner, with its findings. */
@ApplicationScoped
public class ConductVisit extends ConductActivity {

    @Override
    public String taskKey() {
        return AssuranceModel.CONDUCT_VISIT;
    }

    @Override
    Role role() {
        return Role.COORDINATOR;
    }
}
