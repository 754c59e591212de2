package org.m4d.grants.identity.application;

/**
 * Fired inside the transaction that changed a user's roles, state or sessions, so that the change
 * and its audit entry (subject {@link UserAdministration#SUBJECT}) commit together; identity does
 * not know who listens.
 */
public record AccountChanged(String actor, String action, String fromState, String toState, String detail) {
}
