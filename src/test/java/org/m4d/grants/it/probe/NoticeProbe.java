package org.m4d.grants.it.probe;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Test-only endpoint, added to the deployment by {@code NotificationIT}: a step that announces a
 * rejection in its transaction, then commits or fails, as a real step whose last part is refused.
 */
@Path("notice-probe")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeProbe {

    @Inject
    NoticeProbeWork work;

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
