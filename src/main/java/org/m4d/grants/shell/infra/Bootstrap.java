package org.m4d.grants.shell.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.m4d.grants.identity.application.DemoData;
import org.m4d.grants.notification.infra.OutboxSender;
import org.m4d.grants.partner.application.DemoPartners;
import org.m4d.grants.platform.infra.SchemaMigration;
import org.m4d.grants.platform.infra.StartupLock;
import org.m4d.grants.workflow.infra.WorkflowEngine;

/**
 * Start-up in order: schema, workflow engine and models, demo data when asked for, then mail delivery. The engine
 * and the demo data are made under the start-up lock, so that of two nodes started together on one database only
 * one makes them (docs/adr/0029).
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    SchemaMigration schema;

    @Inject
    StartupLock startupLock;

    @Inject
    WorkflowEngine engine;

    @Inject
    DemoData demoData;

    @Inject
    DemoPartners demoPartners;

    @Inject
    OutboxSender mail;

    @Inject
    @ConfigProperty(name = "m4d.demo-data", defaultValue = "false")
    boolean withDemoData;

    @Inject
    @ConfigProperty(name = "m4d.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    private final AtomicBoolean started = new AtomicBoolean();

    /** Runs once, even where the container signals start-up more than once. */
    void onStart(@Observes Startup startup) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        long begin = System.nanoTime();
        schema.migrate();
        startupLock.holdWhile(() -> {
            engine.start();
            if (withDemoData) {
                demoData.seedIfEmpty();
                demoPartners.seedIfEmpty();
            }
        });
        mail.start();
        LOG.info(() -> String.format("M4D Grants started in %d ms and is ready at %s",
                (System.nanoTime() - begin) / 1_000_000, publicUrl));
        if (withDemoData) {
            LOG.info(demoData::describe);
        }
    }
}
