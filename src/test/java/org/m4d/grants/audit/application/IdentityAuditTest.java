package org.m4d.grants.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.identity.application.AccessDenied;
import org.m4d.grants.identity.application.AccountChanged;

class IdentityAuditTest {

    private final List<String> recorded = new ArrayList<>();
    private final IdentityAudit audit = new IdentityAudit();

    IdentityAuditTest() {
        audit.denials = new AccessDenials() {
            @Override
            public void record(String tenant, String actor, int status, String detail) {
                recorded.add("denial " + tenant + " " + actor + " " + status + " " + detail);
            }
        };
        audit.trail = new AuditTrail() {
            @Override
            public void record(String actor, String action, String subjectType, long subjectId, Object fromState,
                               Object toState, String detail) {
                recorded.add("entry " + actor + " " + action + " " + subjectType + " " + subjectId + " " + fromState
                        + " " + toState + " " + detail);
            }
        };
    }

    @Test
    void aDeniedAccessIsRecordedAsADenialInTheTenantItNames() {
        audit.onDenied(new AccessDenied("NP", "sn.coordinator", 404, "ProposalService.get: country NP"));

        assertThat(recorded).containsExactly("denial NP sn.coordinator 404 ProposalService.get: country NP");
    }

    @Test
    void anAccountChangeIsRecordedAsAnEntryOnTheUserSubject() {
        audit.onChanged(new AccountChanged("np.focal", "np.admin", "USER_DISABLED", "ENABLED", "DISABLED", "np.focal in NP"));

        assertThat(recorded).containsExactly("entry np.admin USER_DISABLED USER 0 ENABLED DISABLED np.focal in NP");
    }
}
