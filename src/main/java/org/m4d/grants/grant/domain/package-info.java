/** Grant agreements and their append-only disbursement ledgers, with the ceiling rule. */
package org.m4d.grants.grant.domain;
