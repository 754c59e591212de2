/** What every page shares: outcome messages, error pages, and exported tables sent as downloads. */
package org.m4d.grants.platform.web;
