package org.m4d.grants.platform.infra;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource of the application, shared by JPA and the workflow engine so that a
 * workflow step and its JPA changes commit in one JTA transaction.
 *
 * <p>The URL comes from {@code DB_URL} (see {@code config/README.md}); without it the app runs on
 * an H2 file database under {@code ./data}. {@link RoutingDataSource} picks the JDBC driver from
 * the URL, so the same definition serves H2 and PostgreSQL.
 *
 * <p>Every connection is validated before it is handed out with {@link java.sql.Connection#isValid},
 * a real round trip to the server (the "auto-commit" method touches no server when the mode is
 * unchanged, so a connection cut by a database restart passed it). A failed validation closes every
 * pooled connection ({@code fail-all-connections}): after the database went away and came back, the
 * pool is refilled with fresh connections at the next request, without a restart of the app.
 *
 * <p>Its size and the requests let in at once go together (docs/adr/0033).
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "org.m4d.grants.platform.infra.RoutingDataSource",
        url = "${ENV=DB_URL:jdbc:h2:file:./data/m4d}",
        user = "${ENV=DB_USER:sa}",
        password = "${ENV=DB_PASSWORD:}",
        transactional = true,
        minPoolSize = 2,
        maxPoolSize = ApplicationDataSource.MAX_POOL_SIZE,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class ApplicationDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/m4d";

    /**
     * The pool's size. A request or job can hold two connections of it at once: Payara lends a second one while
     * a step's connection is in use by EclipseLink and the engine asks for its own (it then shares the first's
     * physical connection, but the pool counts both). So the requests let in at once
     * ({@code platform.web.RequestAdmission}) and the background threads take at most twice their number.
     */
    public static final int MAX_POOL_SIZE = 40;
}
