/** The consistency check's page, for a country's administrator and the programme unit. */
package org.m4d.grants.operations.web;
