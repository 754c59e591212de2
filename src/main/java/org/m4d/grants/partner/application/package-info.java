/** Use cases of implementing partners and their ratings; each public method of a service is one transaction. */
package org.m4d.grants.partner.application;
