/** JPA access to the programme. */
package org.m4d.grants.programme.infra;
