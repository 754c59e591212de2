/** JPA storage of grants and ledgers, with the row lock that serialises disbursements. */
package org.m4d.grants.grant.infra;
