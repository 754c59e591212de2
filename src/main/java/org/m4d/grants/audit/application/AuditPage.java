package org.m4d.grants.audit.application;

import java.util.List;
import org.m4d.grants.audit.domain.AuditEntry;

/** One page of the audit trail and how many entries match in all. */
public record AuditPage(List<AuditEntry> rows, long total) {
}
