/** Sign-in page, the country switcher of the pages, and the administration of users. */
package org.m4d.grants.identity.web;
