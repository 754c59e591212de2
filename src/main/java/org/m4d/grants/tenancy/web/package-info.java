/** The tenant administrator's page of the country's settings. */
package org.m4d.grants.tenancy.web;
