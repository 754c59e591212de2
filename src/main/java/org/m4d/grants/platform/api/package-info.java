/** The REST application and its RFC 9457 problem+json error mapping. */
package org.m4d.grants.platform.api;
