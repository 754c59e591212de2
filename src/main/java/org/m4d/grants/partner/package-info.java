/**
 * Implementing partners of a country (HACT): who they are, their micro-assessments and the risk
 * rating in force, which decides how cash may reach them and how much assurance is owed.
 */
package org.m4d.grants.partner;
