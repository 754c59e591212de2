/**
 * Reports across contexts: dashboard figures of one country or all in scope, gathered country by
 * country through the other contexts' services.
 */
package org.m4d.grants.reporting.application;
