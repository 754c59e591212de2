/**
 * The shell: what assembles the whole application above the contexts (ADR 16). No context uses
 * it; it may use any of them.
 */
package org.m4d.grants.shell;
