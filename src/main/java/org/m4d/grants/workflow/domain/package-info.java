/** The workflow model's names and the engine-free view of its tasks. */
package org.m4d.grants.workflow.domain;
