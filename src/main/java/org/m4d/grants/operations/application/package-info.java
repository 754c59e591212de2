/** The consistency check of one or every country, with its access rule and its second reading; the administration of failed jobs and incidents. */
package org.m4d.grants.operations.application;
