/** Writers of exported tables: CSV and Office Open XML spreadsheets, without floating point. */
package org.m4d.grants.reporting.application;
