package org.m4d.grants.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of M4D Grants, version 1. Every resource under it needs a signed-in user. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
