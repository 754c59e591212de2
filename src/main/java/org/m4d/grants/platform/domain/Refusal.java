package org.m4d.grants.platform.domain;

/**
 * The application refuses a request for a reason the user can be told: what the message needs
 * (its English text, and a bundle key with arguments for the pages) lives here, what it means in
 * HTTP is said by the subtype (rule broken, conflict, forbidden, not found).
 */
public abstract class Refusal extends RuntimeException implements Translatable {

    private String key;
    private transient Object[] arguments = new Object[0];

    protected Refusal(String message) {
        super(message);
    }

    /** The same message for the pages, translated: a bundle key with its arguments. */
    public Refusal withKey(String messageKey, Object... messageArguments) {
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
