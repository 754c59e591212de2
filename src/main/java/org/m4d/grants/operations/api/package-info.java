/** The consistency check and the incidents over the API: a country's, or every country of the caller's. */
package org.m4d.grants.operations.api;
