/** Implementing partners, their micro-assessments and the rating in force. */
package org.m4d.grants.partner.domain;
