/** The dashboard (home page) with its Chart.js configurations. */
package org.m4d.grants.reporting.web;
