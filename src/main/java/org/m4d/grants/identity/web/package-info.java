/** Sign-in page and the country switcher of the pages. */
package org.m4d.grants.identity.web;
