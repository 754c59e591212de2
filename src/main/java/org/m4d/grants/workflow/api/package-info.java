/** The task inbox over the REST API. */
package org.m4d.grants.workflow.api;
