/** Use cases of proposals; each public method is one transaction. */
package org.m4d.grants.proposal.application;
