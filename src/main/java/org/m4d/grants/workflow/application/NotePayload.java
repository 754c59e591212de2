package org.m4d.grants.workflow.application;

import jakarta.validation.constraints.Size;

/** The payload of a step that only records what was done, e.g. on an overdue review. */
public record NotePayload(@Size(max = 1000, message = "{m4d.note.size}") String note) {
}
