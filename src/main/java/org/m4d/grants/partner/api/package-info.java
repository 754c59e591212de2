/** A country's implementing partners and their assessments over the REST API. */
package org.m4d.grants.partner.api;
