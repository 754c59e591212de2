/** Pages for listing, creating and viewing proposals. */
package org.m4d.grants.proposal.web;
