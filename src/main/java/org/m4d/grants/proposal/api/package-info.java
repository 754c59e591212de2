/** Proposals over the REST API. */
package org.m4d.grants.proposal.api;
