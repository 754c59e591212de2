/**
 * Reports across contexts: dashboard figures of one country or all in scope, gathered country by
 * country through the other contexts' services, and writers of exported tables (CSV and Office Open
 * XML spreadsheets, without floating point).
 */
package org.m4d.grants.reporting.application;
