/** JPA access to the programme's phases and indicator catalogue. */
package org.m4d.grants.programme.infra;
