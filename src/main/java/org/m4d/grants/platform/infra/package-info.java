/** Datasource, schema migration, tenant scoping of JPA and health checks of the database. */
package org.m4d.grants.platform.infra;
