package org.m4d.grants.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ADR 1, checked on the sources: dependencies point inward, and only the
 * workflow context talks to the engine.
 */
class LayeringTest {

    private static final Path MAIN = Path.of("src/main/java/org/m4d/grants");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

    private record Source(String pkg, String file, List<String> imports) {
    }

    private static List<Source> sources() throws IOException {
        List<Source> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                List<String> imports = IMPORT.matcher(text).results().map(m -> m.group(2)).toList();
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                result.add(new Source(pkg, file.toString(), imports));
            }
        }
        return result;
    }

    /** The imports of the classes of one layer that match a forbidden pattern. */
    private static List<String> leaks(String layer, java.util.function.Predicate<String> forbidden) throws IOException {
        return sources().stream()
                .filter(s -> s.pkg().endsWith("." + layer))
                .flatMap(s -> s.imports().stream().filter(forbidden).map(i -> s.file() + " imports " + i))
                .toList();
    }

    @Test
    void domainImportsNoFrameworkButJpaAndValidation() throws IOException {
        assertThat(leaks("domain", i -> i.matches("org\\.m4d\\.grants\\.\\w+\\.(web|api|infra|application)\\..*")
                || i.startsWith("org.camunda") || i.startsWith("jakarta.faces") || i.startsWith("jakarta.ws.rs")
                || i.startsWith("jakarta.servlet") || i.startsWith("jakarta.enterprise") || i.startsWith("jakarta.inject")))
                .isEmpty();
    }

    @Test
    void applicationLayerImportsNoWebApiOrInfra() throws IOException {
        assertThat(leaks("application", i -> i.matches("org\\.m4d\\.grants\\.\\w+\\.(web|api|infra)\\..*")
                || i.startsWith("jakarta.faces") || i.startsWith("jakarta.ws.rs"))).isEmpty();
    }

    @Test
    void onlyTheWorkflowContextImportsTheEngine() throws IOException {
        List<String> leaks = sources().stream()
                .filter(s -> !s.pkg().startsWith("workflow"))
                .flatMap(s -> s.imports().stream().filter(i -> i.startsWith("org.camunda")).map(i -> s.file() + " imports " + i))
                .toList();
        assertThat(leaks).isEmpty();
    }
}
