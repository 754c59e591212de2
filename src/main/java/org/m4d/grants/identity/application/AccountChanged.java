package org.m4d.grants.identity.application;

/**
 * Fired inside the transaction that changed a user's roles, state or sessions: the audit trail
 * records it (subject {@link UserAdministration#SUBJECT}) in that transaction, and what requests
 * remember of the account ({@link Accounts}) is dropped; identity does not know who listens.
 *
 * @param username the account that changed
 * @param actor    who changed it
 */
public record AccountChanged(String username, String actor, String action, String fromState, String toState,
                             String detail) {
}
