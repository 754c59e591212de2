/** A practice, the rule of its publication and the search of the library. */
package org.m4d.grants.practice.domain;
