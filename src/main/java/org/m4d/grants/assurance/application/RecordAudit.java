package org.m4d.grants.assurance.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.workflow.domain.AssuranceModel;

/** Finance records the result of the partner's scheduled audit, with the auditor's findings. */
@ApplicationScoped
public class RecordAudit extends ConductActivity {

    @Override
    public String taskKey() {
        return AssuranceModel.RECORD_AUDIT;
    }

    @Override
    Role role() {
        return Role.FINANCE;
    }
}
