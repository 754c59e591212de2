package org.m4d.grants.tenancy.application;

import org.m4d.grants.tenancy.domain.TimerSettings;

/**
 * The configured timers, for countries without their own. Provided by the workflow context, which
 * owns that configuration; an interface here keeps the dependency one-way (workflow uses tenancy).
 */
public interface TimerDefaults {

    TimerSettings timers();
}
