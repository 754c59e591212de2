package org.m4d.grants.notification.domain;

/** Where the notifications written for a step are kept, in that step's transaction. */
public interface NotificationStore {

    void add(Notification notification);
}
