/** What a notification is, the kinds people hear about and how each user wants to hear of them. */
package org.m4d.grants.notification.domain;
