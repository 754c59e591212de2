package org.m4d.grants.platform.domain;

/** Someone else changed the object meanwhile, e.g. completed the task (409). */
public class ConflictException extends RuntimeException implements Translatable {

    private String key;
    private transient Object[] arguments = new Object[0];

    public ConflictException(String message) {
        super(message);
    }

    /** The same message for the pages, translated: a bundle key with its arguments. */
    public ConflictException withKey(String messageKey, Object... messageArguments) {
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
