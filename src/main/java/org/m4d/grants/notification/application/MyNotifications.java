package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.notification.domain.NotificationList;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.NotFoundException;

/**
 * The signed-in user's in-app list: theirs alone, whatever the country they work in now. Another
 * user's notification does not exist for them (404), so ids cannot be used to find out about it.
 */
@ApplicationScoped
@Transactional
public class MyNotifications {

    public static final int MAX_PAGE = 200;

    /** The pages' base: a notification's link names a page under it, from the app's root or relative to it. */
    private static final String PAGES = "/app/";

    @Inject
    CurrentUser user;

    @Inject
    NotificationList list;

    /** Newest first; {@code first} from 0, at most {@value #MAX_PAGE} at a time. */
    public List<Notification> page(boolean unreadOnly, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new DomainException("first is 0 or more, max is 1 to " + MAX_PAGE)
                    .withKey("notifications.badPage", MAX_PAGE);
        }
        return list.page(user.username(), unreadOnly, first, max);
    }

    public long count(boolean unreadOnly) {
        return list.count(user.username(), unreadOnly);
    }

    /** The number in the top bar: a signed-in user's unread notifications, 0 for anybody else. */
    public long unreadCount() {
        return user.signedIn() ? list.countUnread(user.username()) : 0;
    }

    public Notification markRead(long id) {
        Notification notification = own(id);
        notification.markRead(Instant.now());
        return notification;
    }

    /**
     * Marks it read and answers where it leads, relative to the pages' base. Opening a notification
     * is a GET, whose page transaction is rolled back; marking it read is the one thing such a GET
     * keeps, in a transaction of its own: the user's own notification, and the same however often.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String open(long id) {
        return target(markRead(id).link());
    }

    /**
     * A notification's link as a page of the app, relative to the pages' base ({@code /app/task.xhtml?id=1}
     * and {@code task.xhtml?id=1} alike); the list itself for anything else (an absolute address,
     * another path from the root), so a link never leads off the app's pages.
     */
    public static String target(String link) {
        String page = link != null && link.startsWith(PAGES) ? link.substring(PAGES.length()) : link;
        boolean relative = page != null && !page.isBlank() && !page.startsWith("/") && !page.contains(":")
                && !page.contains("\\") && page.chars().noneMatch(Character::isISOControl);
        return relative ? page : "notifications.xhtml";
    }

    /** Marks every unread notification of the user read; answers how many there were. */
    public int markAllRead() {
        List<Notification> unread = list.unread(user.username());
        Instant now = Instant.now();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }

    private Notification own(long id) {
        return list.own(user.username(), id).orElseThrow(() -> new NotFoundException("Notification"));
    }
}
