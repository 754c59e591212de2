package org.m4d.grants.notification.application;

import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.NotificationKind;

/** How a user wants to be e-mailed of a kind of notification. */
public interface DeliveryPreferences {

    DeliveryMode modeFor(String username, NotificationKind kind);
}
