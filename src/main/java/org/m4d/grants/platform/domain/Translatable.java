package org.m4d.grants.platform.domain;

/**
 * A failure whose message the pages show in the user's language: a key of the messages bundle
 * ({@code i18n/messages*.properties}) and its {0}-style arguments. The English text of the
 * exception itself stays as it is, for the API and the logs.
 */
public interface Translatable {

    /** The bundle key, or null when the failure has only its English text. */
    String messageKey();

    Object[] messageArguments();
}
