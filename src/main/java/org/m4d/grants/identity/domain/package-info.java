/** Users, their roles per tenant, and the engine groups those roles make. */
package org.m4d.grants.identity.domain;
