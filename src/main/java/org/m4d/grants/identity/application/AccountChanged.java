package org.m4d.grants.identity.application;

/**
 * Fired when an account's roles, state or sessions change, so that what a request remembers of the
 * account ({@link Accounts}) is dropped.
 */
public record AccountChanged(String username) {
}
