package org.m4d.grants.workflow.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The engine's conflicts in the marked bean's calls reach the caller as the application's
 * {@code ConflictException}; the interceptor that translates them lives in {@code workflow.infra}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface EngineConflictsTranslated {
}
