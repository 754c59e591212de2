/** Sends exported files from the pages as downloads. */
package org.m4d.grants.reporting.web;
