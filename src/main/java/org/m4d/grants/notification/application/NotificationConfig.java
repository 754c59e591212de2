package org.m4d.grants.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the app is reached from outside, for links in mails, and when the daily digests go out. */
@ApplicationScoped
public class NotificationConfig {

    @Inject
    @ConfigProperty(name = "m4d.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "m4d.notification.digest-hour", defaultValue = "7")
    int digestHour;

    protected NotificationConfig() {
    }

    public NotificationConfig(String publicUrl, int digestHour) {
        this.publicUrl = publicUrl;
        this.digestHour = digestHour;
    }

    /** The pages' base address, ending with {@code app/}: a notification's link is relative to it. */
    public String pagesUrl() {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "app/";
    }

    /** The local hour (0-23) from which yesterday's digest goes out in each country. */
    public int digestHour() {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalStateException("m4d.notification.digest-hour is an hour of the day, 0 to 23: " + digestHour);
        }
        return digestHour;
    }
}
