package org.m4d.grants.notification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.notification.application.MyNotifications;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.platform.api.RequestTransaction;

/** The caller's own notifications, newest first; someone else's id answers 404. */
@RequestTransaction
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

    /** One notification; {@code link} is relative to the pages' base ({@code /app/}). */
    public record NotificationDto(long id, String tenant, NotificationKind kind, Long proposalId, String summary,
            String link, Instant createdAt, Instant readAt) {

        static NotificationDto of(Notification n) {
            return new NotificationDto(n.id(), n.tenantId(), n.kind(), n.proposalId(), n.summary(), n.link(),
                    n.createdAt(), n.readAt());
        }
    }

    @Inject
    MyNotifications notifications;

    @GET
    public List<NotificationDto> list(@QueryParam("unread") @DefaultValue("false") String unread,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("50") int max) {
        if (!unread.equals("true") && !unread.equals("false")) {
            throw new BadRequestException("unread is true or false");
        }
        if (first < 0 || max < 1 || max > MyNotifications.MAX_PAGE) {
            throw new BadRequestException("first is 0 or more, max is 1 to " + MyNotifications.MAX_PAGE);
        }
        return notifications.page(Boolean.parseBoolean(unread), first, max).stream().map(NotificationDto::of).toList();
    }

    @POST
    @Path("{id}/read")
    public NotificationDto read(@PathParam("id") long id) {
        return NotificationDto.of(notifications.markRead(id));
    }
}
