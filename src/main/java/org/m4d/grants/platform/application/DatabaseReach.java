package org.m4d.grants.platform.application;

/**
 * Whether the application's database answers right now. Asked only when a request failed in a way
 * {@link DatabaseOutage} does not recognise: a failure during an outage is answered as one (503, try
 * again) even when the server wrapped it in an exception that no longer names the database.
 */
public interface DatabaseReach {

    /** True when a valid connection can be had within two seconds. */
    boolean reachable();
}
