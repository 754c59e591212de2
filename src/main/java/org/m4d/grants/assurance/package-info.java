/**
 * HACT assurance of implementing partners: the programmatic visits, spot checks and audits owed
 * in a year by the partner's rating and the cash it received, each run as a process with its
 * tasks, their findings and follow-up, and the release gate an open high-priority finding closes.
 * Uses grant, partner, proposal, workflow and below; only notification and the shell use it.
 */
package org.m4d.grants.assurance;
