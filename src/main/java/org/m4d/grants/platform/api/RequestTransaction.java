package org.m4d.grants.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API resource whose every request is one transaction: the use case's reads, its writes and the
 * engine's step join it, instead of a transaction per repository read. A safe request (GET) is
 * rolled back at its end ({@link SafeMethodsWriteNothing}). The services keep their own
 * {@code @Transactional}, which joins this one, so a use case called from elsewhere still runs in
 * one transaction.
 */
@Stereotype
@RequestScoped
@Transactional
@SafeMethodsWriteNothing
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequestTransaction {
}
