package org.m4d.grants.platform.domain;

/** Someone else changed the object meanwhile, e.g. completed the task (409). */
public class ConflictException extends Refusal {

    public ConflictException(String message) {
        super(message);
    }
}
