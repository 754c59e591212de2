package org.m4d.grants.identity.application;

/**
 * Fired when a user is refused a country (404) or a role (403), for the audit trail to record;
 * identity does not know who listens.
 *
 * @param tenant the tenant whose trail gets the entry: the one asked for when the user is a
 *               member of it (403), else the user's own (404), so that a country's trail never
 *               holds rows written by outsiders
 * @param status 403 or 404
 * @param detail what was attempted, e.g. {@code ProposalService.submit: country SN}
 */
public record AccessDenied(String tenant, String actor, int status, String detail) {
}
