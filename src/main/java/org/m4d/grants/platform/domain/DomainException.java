package org.m4d.grants.platform.domain;

/** A business rule was broken: the user gets the message, the transaction rolls back (422). */
public class DomainException extends Refusal {

    public DomainException(String message) {
        super(message);
    }

    /** The same as {@link Refusal#withKey}, keeping the type for callers that hold it as such. */
    @Override
    public DomainException withKey(String messageKey, Object... messageArguments) {
        super.withKey(messageKey, messageArguments);
        return this;
    }
}
