package org.m4d.grants.notification.application;

/**
 * A notice in one recipient's language: the in-app list's line, and the mail's subject (one line,
 * no control characters), plain text and HTML (every value escaped).
 */
public record RenderedNotice(String summary, String subject, String text, String html) {
}
