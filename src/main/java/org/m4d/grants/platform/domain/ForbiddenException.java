package org.m4d.grants.platform.domain;

/** The user may see the object but their role does not allow this action (403). */
public class ForbiddenException extends Refusal {

    public ForbiddenException(String message) {
        super(message);
    }
}
