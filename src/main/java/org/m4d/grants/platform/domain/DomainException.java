package org.m4d.grants.platform.domain;

/** A business rule was broken: the user gets the message, the transaction rolls back. */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
