package org.m4d.grants.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.m4d.grants.notification.application.MailDraft;
import org.m4d.grants.notification.application.Mails;

/** Steps that queue a mail as a real step would: committed, rolled back, or with no transaction at all. */
@ApplicationScoped
public class MailProbeWork {

    /** A step failing after it queued its mail. */
    public static class StepFailed extends RuntimeException {
        public StepFailed() {
            super("the step failed after queueing its mail");
        }
    }

    @Inject
    Mails mails;

    @Transactional
    public long queue(MailDraft draft) {
        return mails.enqueue(draft);
    }

    @Transactional
    public long queueThenFail(MailDraft draft) {
        mails.enqueue(draft);
        throw new StepFailed();
    }

    /** Not transactional on purpose: the outbox must refuse it. */
    public long queueOutsideTransaction(MailDraft draft) {
        return mails.enqueue(draft);
    }
}
