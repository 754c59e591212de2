/** JPA access to the countries and their settings. */
package org.m4d.grants.tenancy.infra;
