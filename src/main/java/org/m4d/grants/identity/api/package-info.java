/** The caller's identity over the REST API. */
package org.m4d.grants.identity.api;
