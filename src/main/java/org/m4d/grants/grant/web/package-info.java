/** The finance pages: the grants of the countries in view, and each grant's schedule and ledger. */
package org.m4d.grants.grant.web;
