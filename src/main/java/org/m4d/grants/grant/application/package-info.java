/** Use cases of grant agreements and disbursements; each public method is one transaction. */
package org.m4d.grants.grant.application;
