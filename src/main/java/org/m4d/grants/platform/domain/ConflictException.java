package org.m4d.grants.platform.domain;

/** Someone else changed the object meanwhile, e.g. completed the task (409). */
public class ConflictException extends Refusal {

    public ConflictException(String message) {
        super(message);
    }

    /** The same as {@link Refusal#withKey}, keeping the type for callers that hold it as such. */
    @Override
    public ConflictException withKey(String messageKey, Object... messageArguments) {
        super.withKey(messageKey, messageArguments);
        return this;
    }
}
