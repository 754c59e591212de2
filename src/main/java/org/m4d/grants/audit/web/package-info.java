/** The read-only audit page of the programme unit and the observer. */
package org.m4d.grants.audit.web;
