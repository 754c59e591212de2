package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.m4d.grants.notification.domain.DeliveryMode;
import org.m4d.grants.notification.domain.NotificationKind;
import org.m4d.grants.notification.domain.NotificationPreference;
import org.m4d.grants.notification.domain.PreferenceRepository;

/** Each user's own choice of delivery per kind, the kind's default where they made none. */
@ApplicationScoped
public class StoredDeliveryPreferences implements DeliveryPreferences {

    @Inject
    PreferenceRepository preferences;

    @Override
    public DeliveryMode modeFor(String username, NotificationKind kind) {
        return preferences.find(username, kind).map(NotificationPreference::mode).orElse(kind.byDefault());
    }
}
