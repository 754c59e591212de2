/** The practice library's pages: the search and one practice. */
package org.m4d.grants.practice.web;
