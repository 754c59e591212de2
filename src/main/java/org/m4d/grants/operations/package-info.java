/**
 * Operations: what keeps the running app honest. The consistency check compares every proposal's
 * state with the engine (running lifecycle and its waiting steps, or the end event it ended at)
 * and every grant's ledger with its tranches and ceilings, and lists each mismatch (issue 13).
 * It reads every context below it and changes none.
 */
package org.m4d.grants.operations;
