/** JPA access to the countries. */
package org.m4d.grants.tenancy.infra;
