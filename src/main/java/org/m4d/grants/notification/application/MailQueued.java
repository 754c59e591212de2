package org.m4d.grants.notification.application;

/** A mail was queued in the current transaction: once it commits, the sender should look. */
public record MailQueued(long outboxId) {
}
