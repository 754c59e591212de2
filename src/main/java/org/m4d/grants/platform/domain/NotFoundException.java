package org.m4d.grants.platform.domain;

/**
 * The object does not exist for this user: it is missing, or it belongs to a tenant the user is
 * not a member of. Both look the same from outside (404), so nothing leaks across tenants.
 */
public class NotFoundException extends Refusal {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
