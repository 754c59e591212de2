/** The signed-in user, authorization checks, password hashing and demo users. */
package org.m4d.grants.identity.application;
