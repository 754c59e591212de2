/** What every page shares: outcome messages, error pages, and /health. */
package org.m4d.grants.platform.web;
