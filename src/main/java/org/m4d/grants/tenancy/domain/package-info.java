/** Countries of the programme; each is a tenant whose data is isolated from the others. */
package org.m4d.grants.tenancy.domain;
