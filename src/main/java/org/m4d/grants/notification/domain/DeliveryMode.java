package org.m4d.grants.notification.domain;

/** How a user wants to be e-mailed of a kind of notification; the in-app list has them all. */
public enum DeliveryMode {
    /** A mail as soon as it happens. */
    IMMEDIATE,
    /** Gathered into one mail a day, in the user's time zone. */
    DIGEST,
    /** No mail. */
    NONE
}
