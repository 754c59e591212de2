/** Start-up in order: the schema, the workflow engine and its models, then demo data. */
package org.m4d.grants.shell.infra;
