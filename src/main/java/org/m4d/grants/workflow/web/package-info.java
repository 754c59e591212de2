/** The task inbox and task forms. */
package org.m4d.grants.workflow.web;
