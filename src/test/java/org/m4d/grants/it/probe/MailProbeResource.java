package org.m4d.grants.it.probe;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.m4d.grants.notification.application.MailDraft;

/** Test-only endpoints, added to the deployment by {@code MailDeliveryIT}, that queue mail through the outbox port. */
@Path("mail-probe")
@Produces(MediaType.APPLICATION_JSON)
public class MailProbeResource {

    @Inject
    MailProbeWork work;

    @POST
    @Path("queue")
    public Map<String, Object> queue(@QueryParam("to") String to, @QueryParam("subject") String subject) {
        return Map.of("id", work.queue(draft(to, subject)));
    }

    @POST
    @Path("queue-then-fail")
    public Map<String, Object> queueThenFail(@QueryParam("to") String to, @QueryParam("subject") String subject) {
        try {
            work.queueThenFail(draft(to, subject));
            return Map.of("failed", false);
        } catch (MailProbeWork.StepFailed expected) {
            return Map.of("failed", true);
        }
    }

    @POST
    @Path("queue-outside-transaction")
    public Map<String, Object> queueOutsideTransaction(@QueryParam("to") String to,
            @QueryParam("subject") String subject) {
        try {
            return Map.of("refused", false, "id", work.queueOutsideTransaction(draft(to, subject)));
        } catch (TransactionalException expected) {
            return Map.of("refused", true);
        }
    }

    private static MailDraft draft(String to, String subject) {
        return new MailDraft("NP", "np.coordinator", to, subject, "Screen eligibility by 3 December 2026.\n"
                + "http://m4d.test/app/task.xhtml?id=probe", "<p>Screen eligibility by <b>3 December 2026</b>.</p>");
    }
}
