package org.m4d.grants.platform.infra;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the application tables up to date with the Flyway migrations in {@code db/migration}. */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    public void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("m4d_schema_history")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
