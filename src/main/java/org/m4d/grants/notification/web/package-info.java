/** The bell in the top bar, the in-app list of notifications and the preferences page. */
package org.m4d.grants.notification.web;
