/**
 * Proposals over the REST API. A proposal answers with its grant, its reviews and its diagram, so
 * its resource assembles four contexts and lives in the shell (ADR 16).
 */
package org.m4d.grants.shell.api;
