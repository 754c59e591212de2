/** The dollar rates over the REST API. */
package org.m4d.grants.tenancy.api;
