package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.NotificationKind;

/** Each kind's default delivery, until users can choose their own. */
@ApplicationScoped
public class DefaultDeliveryPreferences implements DeliveryPreferences {

    @Override
    public DeliveryMode modeFor(String username, NotificationKind kind) {
        return kind.byDefault();
    }
}
