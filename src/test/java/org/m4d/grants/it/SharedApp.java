package org.m4d.grants.it;

import java.lang.reflect.Field;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The app the API and browser integration tests talk to: one Payara Micro node with the built WAR on the
 * run's PostgreSQL, started by the first test class that asks for it and stopped when the run ends. The tests
 * that deploy probes of their own (classes or models added to the WAR) keep their own Arquillian deployment and
 * run in the failsafe execution before this one (pom.xml). Sharing the node saves a Payara start (about 30 s on
 * two cores) per test class; the tests already share the database, and each makes the rows it reads.
 *
 * <p>Sets every field of type {@link URL} annotated {@link AppUrl} to the app's address ({@code .../m4d-grants/}).
 */
public class SharedApp implements TestInstancePostProcessor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApp.class);

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws IllegalAccessException {
        Node node = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("node", key -> new Node(), Node.class);
        for (Class<?> type = instance.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(AppUrl.class) && field.getType() == URL.class) {
                    field.setAccessible(true);
                    field.set(instance, node.process.url());
                }
            }
        }
    }

    /** Closed by JUnit when the run ends. */
    private static final class Node implements ExtensionContext.Store.CloseableResource {

        private final NodeProcess process = NodeProcess.startShared().awaitReady(Duration.ofSeconds(240));

        @Override
        public void close() {
            process.stop();
        }
    }
}
