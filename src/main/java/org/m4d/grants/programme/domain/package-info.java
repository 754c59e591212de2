/** The global programme: its phase, donor and window. */
package org.m4d.grants.programme.domain;
