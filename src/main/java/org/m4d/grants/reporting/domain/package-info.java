/** Tables as they leave the application in exports: text, exact amounts at their currency's scale, dates. */
package org.m4d.grants.reporting.domain;
