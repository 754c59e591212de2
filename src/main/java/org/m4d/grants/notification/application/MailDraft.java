package org.m4d.grants.notification.application;

/**
 * A rendered mail for one recipient: the tenant it concerns ({@code null} for none), the user it is
 * for, their address, a subject (one line: never CR or LF), and the body as plain text and HTML.
 */
public record MailDraft(String tenantId, String recipient, String address, String subject, String text,
        String html) {
}
