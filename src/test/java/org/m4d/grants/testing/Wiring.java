package org.m4d.grants.testing;

import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a use case class for a unit test the way the container would: each injected field gets
 * the one given part of its type. A field left without a part fails the test at once, so a new
 * dependency cannot slip into a test as a null.
 */
public final class Wiring {

    private Wiring() {
    }

    public static <T> T wire(T target, Object... parts) {
        for (Field field : injected(target.getClass())) {
            List<Object> fitting = new ArrayList<>();
            for (Object part : parts) {
                if (field.getType().isInstance(part)) {
                    fitting.add(part);
                }
            }
            if (fitting.size() != 1) {
                throw new IllegalStateException(target.getClass().getSimpleName() + "." + field.getName() + " needs one "
                        + field.getType().getSimpleName() + ", given " + fitting.size());
            }
            set(target, field, fitting.get(0));
        }
        return target;
    }

    /** Sets a field the database or the container would set, e.g. an entity's id. */
    public static <T> T set(T target, Class<?> declaring, String name, Object value) {
        try {
            set(target, declaring.getDeclaredField(name), value);
            return target;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a field an entity keeps to itself, for a repository fake that must query by it. */
    public static Object get(Object target, Class<?> declaring, String name) {
        try {
            Field field = declaring.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Field> injected(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
