package org.m4d.grants.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every way into the application, found in the application itself so that a new one cannot be
 * forgotten: the REST operations by reflection over the compiled resource classes, the pages by
 * listing {@code src/main/webapp/app}, the servlets by their {@code @WebServlet} annotation.
 */
public final class Routes {

    private static final java.nio.file.Path CLASSES = Paths.get("target/classes");
    private static final java.nio.file.Path PAGES = Paths.get("src/main/webapp");

    private Routes() {
    }

    /** "GET tenants/{tenant}/proposals/{id}": each REST operation, relative to {@code /api/v1}. */
    public static List<String> restOperations() {
        return List.copyOf(restMethods().keySet());
    }

    /** Each REST operation, as {@link #restOperations()} names it, with the resource method behind it. */
    public static SortedMap<String, Method> restMethods() {
        TreeMap<String, Method> operations = new TreeMap<>();
        for (Class<?> type : applicationClasses()) {
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().endsWith(".api")) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                Path sub = method.getAnnotation(Path.class);
                if (verb == null && sub != null) {
                    throw new IllegalStateException("Sub-resource locators are not probed yet: " + method);
                }
                if (verb != null) {
                    operations.put(verb + " " + join(root.value(), sub == null ? "" : sub.value()), method);
                }
            }
        }
        return Collections.unmodifiableSortedMap(operations);
    }

    /** "PAGE app/proposal/view.xhtml" for each page, "SERVLET /app/attachment" for each servlet path. */
    public static List<String> pagesAndServlets() {
        TreeSet<String> routes = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(PAGES.resolve("app"))) {
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .forEach(f -> routes.add("PAGE " + PAGES.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Class<?> type : applicationClasses()) {
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                Stream.concat(Stream.of(servlet.value()), Stream.of(servlet.urlPatterns()))
                        .forEach(pattern -> routes.add("SERVLET " + pattern));
            }
        }
        return List.copyOf(routes);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = (root + "/" + sub).replaceAll("/+", "/");
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<Class<?>> applicationClasses() {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES.resolve("org/m4d/grants"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('\\', '/').replace('/', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (!name.contains("$") && !name.endsWith("package-info")) {
                    classes.add(Class.forName(name, false, Routes.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
