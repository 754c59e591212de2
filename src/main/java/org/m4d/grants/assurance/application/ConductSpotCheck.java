package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.domain.AssuranceModel;

/** Finance's spot check of the partner's financial records, with its findings. */
@ApplicationScoped
public class ConductSpotCheck extends ConductActivity {

    @Override
    public String taskKey() {
        return AssuranceModel.CONDUCT_SPOT_CHECK;
    }

    @Override
    Role role() {
        return Role.FINANCE;
    }
}
