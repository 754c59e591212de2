package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.m4d.grants.grant.application.CallEnvelopes;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.programme.application.CallService;
import org.m4d.grants.programme.domain.Call;

/** Reads the figures of the calls of one country that the user may read, in one transaction of its own. */
@ApplicationScoped
@Transactional
public class CallReader {

    @Inject
    Access access;

    @Inject
    TenantContext context;

    @Inject
    CallService calls;

    @Inject
    CallEnvelopes envelopes;

    public List<CallFigures> read() {
        access.requireMember();
        return calls.list().stream().map(this::figures).toList();
    }

    /** One call of the country (404 for one the user may not read). */
    public CallFigures read(long callId) {
        access.requireMember();
        return figures(calls.call(callId));
    }

    private CallFigures figures(Call call) {
        CallEnvelopes.Figures f = envelopes.figures(call.id());
        return new CallFigures(context.current(), call.id(), call.title(), call.opensOn(), call.closesOn(),
                call.isOpenOn(LocalDate.now(ZoneOffset.UTC)), f.envelopeUsd(), f.requestedUsd(), f.approvedUsd(),
                f.disbursedUsd(), f.remainingUsd());
    }
}
