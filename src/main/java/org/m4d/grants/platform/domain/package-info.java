/** Value objects and exceptions shared by every bounded context. */
package org.m4d.grants.platform.domain;
