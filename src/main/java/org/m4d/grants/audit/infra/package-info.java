/** JPA storage of the audit trail, scoped to one tenant per call. */
package org.m4d.grants.audit.infra;
