/** The dashboard (home page) with its Chart.js configurations, and exported files sent as downloads. */
package org.m4d.grants.reporting.web;
