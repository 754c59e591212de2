/**
 * The country the current request or job works in, and writers of exported tables (CSV and Office
 * Open XML spreadsheets, without floating point) that any context may use.
 */
package org.m4d.grants.platform.application;
