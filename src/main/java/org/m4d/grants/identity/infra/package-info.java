/** Jakarta Security: the identity store on the application database and the sign-in mechanism. */
package org.m4d.grants.identity.infra;
