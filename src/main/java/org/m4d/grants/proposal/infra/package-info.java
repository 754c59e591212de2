/** JPA storage of proposals, scoped to one tenant per call. */
package org.m4d.grants.proposal.infra;
