/** The bell in the top bar, the in-app list, the preferences page and the administrator's page of the country's mail. */
package org.m4d.grants.notification.web;
