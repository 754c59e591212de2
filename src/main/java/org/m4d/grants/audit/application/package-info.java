/** Appending to and reading the audit trail, inside the caller's transaction. */
package org.m4d.grants.audit.application;
