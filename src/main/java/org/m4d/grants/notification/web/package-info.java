/** The administrator's page of the country's mail. */
package org.m4d.grants.notification.web;
