/** What every page shows of the whole application: the main menu, by the user's roles. */
package org.m4d.grants.shell.web;
