/**
 * Pages that assemble several contexts: the main menu, by the user's roles; the inbox, which lists
 * the tasks with their proposals' titles; and the proposal page, which shows the proposal with its
 * grant and ledger.
 */
package org.m4d.grants.shell.web;
