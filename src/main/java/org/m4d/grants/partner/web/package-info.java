/** The pages of a country's implementing partners. */
package org.m4d.grants.partner.web;
