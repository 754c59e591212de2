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
 * The package rules of STYLE.md, checked on the sources: dependencies point inward, and only the
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

    @Test
    void domainImportsNoFrameworkButJpaAndValidation() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Source source : sources()) {
            if (!source.pkg().endsWith(".domain")) {
                continue;
            }
            for (String imported : source.imports()) {
                if (imported.matches("org\\.m4d\\.grants\\.\\w+\\.(web|api|infra|application)\\..*")
                        || imported.startsWith("org.camunda") || imported.startsWith("jakarta.faces")
                        || imported.startsWith("jakarta.ws.rs") || imported.startsWith("jakarta.servlet")
                        || imported.startsWith("jakarta.enterprise") || imported.startsWith("jakarta.inject")) {
                    leaks.add(source.file() + " imports " + imported);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void applicationLayerImportsNoWebApiOrInfra() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Source source : sources()) {
            if (!source.pkg().endsWith(".application")) {
                continue;
            }
            for (String imported : source.imports()) {
                if (imported.matches("org\\.m4d\\.grants\\.\\w+\\.(web|api|infra)\\..*")
                        || imported.startsWith("jakarta.faces") || imported.startsWith("jakarta.ws.rs")) {
                    leaks.add(source.file() + " imports " + imported);
                }
            }
        }
        assertThat(leaks).isEmpty();
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
