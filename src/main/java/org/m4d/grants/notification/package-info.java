/**
 * Notifications: what people hear about (new tasks, deadlines, decisions, disbursements, reports),
 * by e-mail through an outbox and in the in-app list, as each user prefers.
 */
package org.m4d.grants.notification;
