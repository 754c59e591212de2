/** The country the current request or job works in. */
package org.m4d.grants.platform.application;
