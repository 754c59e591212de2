package org.m4d.grants.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.m4d.grants.workflow.application.Workflow;

/**
 * Only the Camunda adapter knows the engine (docs/adr/0015). Read from the compiled classes, so an
 * engine type written inline, in a lambda or in a signature counts as much as an import.
 */
class EngineBehindThePortTest {

    private static final String ENGINE = "org/camunda/";
    private static final String ADAPTER = "org/m4d/grants/workflow/infra/";

    @Test
    void noClassOutsideTheWorkflowsInfrastructureNamesAnEngineType() throws IOException, URISyntaxException {
        Path classes = Path.of(Workflow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> leaks;
        try (Stream<Path> files = Files.walk(classes)) {
            leaks = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !classes.relativize(f).toString().replace('\\', '/').startsWith(ADAPTER))
                    .filter(EngineBehindThePortTest::namesTheEngine)
                    .map(f -> classes.relativize(f).toString())
                    .toList();
        }
        assertThat(leaks).isEmpty();
    }

    /** The constant pool holds every type a class refers to, as UTF-8 text. */
    private static boolean namesTheEngine(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(ENGINE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
