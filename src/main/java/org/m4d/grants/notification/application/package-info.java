/** The outbox port and the use cases of notifications. */
package org.m4d.grants.notification.application;
