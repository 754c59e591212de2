/** The proposal context's API beside the proposal resource: the markers a phase requires. */
package org.m4d.grants.proposal.api;
