package org.m4d.grants.platform.domain;

/** A business rule was broken: the user gets the message, the transaction rolls back. */
public class DomainException extends RuntimeException implements Translatable {

    private String key;
    private transient Object[] arguments = new Object[0];

    public DomainException(String message) {
        super(message);
    }

    /** The same message for the pages, translated: a bundle key with its arguments. */
    public DomainException withKey(String messageKey, Object... messageArguments) {
        this.key = messageKey;
        this.arguments = messageArguments;
        return this;
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
