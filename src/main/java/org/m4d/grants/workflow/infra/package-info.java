/** The embedded Camunda engine: bootstrap, job executor, tenant provider and BPMN service steps. */
package org.m4d.grants.workflow.infra;
