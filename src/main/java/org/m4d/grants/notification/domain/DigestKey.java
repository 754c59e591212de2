package org.m4d.grants.notification.domain;

import java.time.LocalDate;

/** A user's digest of one country's notifications of one local day. */
public record DigestKey(String recipient, String tenantId, LocalDate day) {
}
