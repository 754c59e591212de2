/** The grant and its ledger over the REST API. */
package org.m4d.grants.grant.api;
