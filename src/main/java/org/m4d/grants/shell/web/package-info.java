/**
 * Pages that assemble several contexts: the main menu, by the user's roles, and the proposal page,
 * which shows the proposal with its grant and ledger.
 */
package org.m4d.grants.shell.web;
