/** The programme's phases in the REST API. */
package org.m4d.grants.programme.api;
