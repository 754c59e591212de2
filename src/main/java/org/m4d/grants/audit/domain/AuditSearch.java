package org.m4d.grants.audit.domain;

/**
 * What the audit page filters on; null means any.
 *
 * @param action the exact action, e.g. {@code ACCESS_DENIED}
 * @param actor  part of the user name, in any case
 */
public record AuditSearch(String action, String actor) {

    public static final AuditSearch ANY = new AuditSearch(null, null);

    public AuditSearch {
        action = action == null || action.isBlank() ? null : action.strip();
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }
}
