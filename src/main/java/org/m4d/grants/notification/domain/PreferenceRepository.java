package org.m4d.grants.notification.domain;

import java.util.List;
import java.util.Optional;

/** Users' stored choices of delivery; each user's alone. */
public interface PreferenceRepository {

    List<NotificationPreference> of(String username);

    Optional<NotificationPreference> find(String username, NotificationKind kind);

    void store(NotificationPreference preference);

    void remove(NotificationPreference preference);
}
