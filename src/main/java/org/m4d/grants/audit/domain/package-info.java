/** The append-only audit trail: who did what, when, from which state to which. */
package org.m4d.grants.audit.domain;
