package org.m4d.grants.workflow.application;

import java.util.List;
import org.m4d.grants.workflow.domain.LifecyclePosition;

/**
 * Where every grant lifecycle of the tenant context's country stands, running or ended, for the
 * consistency check. A handful of queries for the whole country, never one per proposal; not the
 * signed-in user's view of the engine (the caller decides who may see it). Needs an engine history
 * level that keeps process and activity instances (the default {@code lean}, ADR 17) to know the end
 * event of an ended lifecycle.
 */
public interface LifecyclePositions {

    List<LifecyclePosition> ofCountry();
}
