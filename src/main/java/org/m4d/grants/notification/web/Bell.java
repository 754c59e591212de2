package org.m4d.grants.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.m4d.grants.notification.application.MyNotifications;

/** The bell in the top bar: the signed-in user's unread count, counted once per request. */
@Named
@RequestScoped
public class Bell {

    @Inject
    MyNotifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** After marking read: the bar is drawn with the new count. */
    void recount() {
        unread = null;
    }
}
