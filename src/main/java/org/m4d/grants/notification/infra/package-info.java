/** Storage of notifications and the outbox, the mail session and the sender. */
package org.m4d.grants.notification.infra;
