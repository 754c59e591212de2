/** Practices in the database, each within its country's tenant filter. */
package org.m4d.grants.practice.infra;
