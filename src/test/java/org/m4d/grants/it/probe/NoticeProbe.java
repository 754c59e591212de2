package org.m4d.grants.it.probe;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import org.m4d.grants.notification.application.DueSoonReminders;

/**
 * Test-only endpoint, added to the deployment by {@code NotificationIT}: a step that announces a
 * rejection in its transaction, then commits or fails, as a real step whose last part is refused.
 */
@Path("notice-probe")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeProbe {

    @Inject
    NoticeProbeWork work;

    @Inject
    DueSoonReminders dueSoon;

    /** One run of Nepal's "due soon" reminders now, as the scheduler makes it. */
    @POST
    @Path("due-soon")
    public Map<String, Object> dueSoon() {
        return Map.of("reminded", dueSoon.remindIn("NP", Instant.now()));
    }

    @POST
    @Path("reject")
    public Map<String, Object> reject(@QueryParam("proposal") long proposal, @QueryParam("fail") boolean fail) {
        try {
            work.reject(proposal, fail);
            return Map.of("failed", false);
        } catch (NoticeProbeWork.StepFailed expected) {
            return Map.of("failed", true);
        }
    }
}
