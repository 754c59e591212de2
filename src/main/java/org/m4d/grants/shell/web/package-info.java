/**
 * Pages that assemble several contexts: the main menu, by the user's roles; the inbox, which lists
 * the tasks with their proposals' titles; the proposal page, which shows the proposal with its
 * grant and ledger; and the task page, which shows the proposal beside the form fragment of the
 * task's step and hands the input to the step's handler.
 */
package org.m4d.grants.shell.web;
