/** Use cases of a country's own settings: its lifecycle timers and review weights. */
package org.m4d.grants.tenancy.application;
