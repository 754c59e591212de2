package org.m4d.grants.workflow.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every handler the application has, found by scanning its compiled classes for the
 * implementations of {@link TaskHandler}, as CDI finds them in the bean archive: no list is kept
 * by hand. Instances are made without CDI; their key and payload type need nothing injected.
 */
public final class TaskHandlers {

    private TaskHandlers() {
    }

    public static List<TaskHandler<?>> all() {
        Path classes;
        try {
            classes = Path.of(TaskHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> load(classes.relativize(f)))
                    .filter(type -> TaskHandler.class.isAssignableFrom(type) && !type.isInterface()
                            && !Modifier.isAbstract(type.getModifiers()))
                    .<TaskHandler<?>>map(TaskHandlers::instance)
                    .sorted(Comparator.comparing(TaskHandler::taskKey))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(Path file) {
        String name = file.toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
        try {
            return Class.forName(name, false, TaskHandlers.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TaskHandler<?> instance(Class<?> type) {
        try {
            return (TaskHandler<?>) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A handler is a CDI bean with a no-argument constructor: " + type, e);
        }
    }
}
