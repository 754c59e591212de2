package org.m4d.grants.workflow.domain;

import java.util.List;

/** A model to draw for users, with where an instance stands in it: steps waiting and steps done. */
public record DiagramView(String processKey, String xml, List<String> active, List<String> completed) {
}
