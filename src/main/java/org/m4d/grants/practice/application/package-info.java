/** Recording a practice at closing, the applicant's consent, and the library across countries. */
package org.m4d.grants.practice.application;
