/** The application's door to the engine: lifecycles and tasks, as the signed-in user. */
package org.m4d.grants.workflow.application;
