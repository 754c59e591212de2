package org.m4d.grants.notification.domain;

import java.util.List;
import java.util.Optional;

/** The in-app list: every query names its recipient, so nobody reads another user's notifications. */
public interface NotificationList {

    /** The recipient's notifications, newest first, a page at a time. */
    List<Notification> page(String recipient, boolean unreadOnly, int first, int max);

    long countUnread(String recipient);

    long count(String recipient, boolean unreadOnly);

    /** One notification of the recipient's; none when the id is someone else's. */
    Optional<Notification> own(String recipient, long id);

    List<Notification> unread(String recipient);
}
