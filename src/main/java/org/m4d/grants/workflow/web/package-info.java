/** The task forms. */
package org.m4d.grants.workflow.web;
