package org.m4d.grants.programme.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.m4d.grants.programme.domain.Call;
import org.m4d.grants.programme.domain.CallRepository;

/**
 * The calls for proposals as the proposal, grant and reporting contexts read them (ADR 31). No
 * access check: those contexts check who asks, and workflow steps ask without a signed-in user.
 */
@ApplicationScoped
public class CallCatalogue {

    @Inject
    CallRepository calls;

    public Optional<Call> call(long id) {
        return calls.find(id);
    }

    /** The phase's standing call, which takes the proposals made without naming a call. */
    public Optional<Call> standingCall(String phaseId) {
        return calls.all().stream().filter(c -> c.standing() && c.phaseId().equals(phaseId)).findFirst();
    }
}
