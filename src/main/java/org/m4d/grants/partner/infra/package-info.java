/** JPA storage of partners and assessments, scoped to one tenant per call. */
package org.m4d.grants.partner.infra;
