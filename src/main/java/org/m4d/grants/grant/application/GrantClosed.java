package org.m4d.grants.grant.application;

/** A grant was closed. Fired inside the closing step's transaction. */
public record GrantClosed(String tenantId, long proposalId, String actor) {
}
