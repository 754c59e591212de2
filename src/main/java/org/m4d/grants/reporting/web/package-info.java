/** The dashboard (home page): its backing bean and the Chart.js configurations of its charts. */
package org.m4d.grants.reporting.web;
