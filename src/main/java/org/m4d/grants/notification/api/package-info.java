/** The signed-in user's notifications and delivery preferences, over the REST API. */
package org.m4d.grants.notification.api;
