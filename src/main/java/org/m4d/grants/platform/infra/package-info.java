/** Datasource, schema migration, tenant scoping of JPA, and start-up. */
package org.m4d.grants.platform.infra;
