package org.m4d.grants.notification.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.m4d.grants.notification.application.MailDraft;
import org.m4d.grants.notification.application.MailQueued;
import org.m4d.grants.notification.application.Mails;
import org.m4d.grants.notification.domain.Outbox;
import org.m4d.grants.notification.domain.OutboxMail;
import org.m4d.grants.platform.application.JoinedTransaction;

/**
 * The outbox port on the stored outbox. Joins the caller's transaction (outside one it is a bug,
 * refused as MANDATORY would, without the interceptor: {@link JoinedTransaction}); with mail off ({@link MailSettings.Mode#OFF}) it writes nothing and answers 0,
 * so no row waits for a server that will never come.
 */
@ApplicationScoped
public class OutboxMails implements Mails {

    @Inject
    JoinedTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Event<MailQueued> queued;

    @Override
    public long enqueue(MailDraft draft) {
        transaction.require("Queueing a mail");
        if (settings.mode() == MailSettings.Mode.OFF) {
            return 0;
        }
        OutboxMail mail = new OutboxMail(draft.tenantId(), draft.recipient(), draft.address(),
                MailHeaders.oneLine(draft.subject()), draft.text(), draft.html(), Instant.now());
        outbox.add(mail);
        long id = mail.id();
        queued.fire(new MailQueued(id));
        return id;
    }
}
