package cn.lvzhi.graph;

import cn.lvzhi.common.Texts;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Mutation;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A root mutation field that {@link DirectWrites} may run beside the GraphQL engine: a feature's hot write, called with
 * its input as the engine would call it, and its payload written for a selection of plain fields. Only what succeeds is
 * answered there; the engine answers everything else, running the mutation itself (a failed write has rolled back).
 *
 * @param <I> the input type
 */
public interface DirectWrite<I> {
    /** The API method the engine calls, whose declared input constraints are checked the same way. */
    Method method();

    /** The root field of {@code Mutation}: the one the API method declares ({@link Mutation}), named once, there. */
    default String field() {
        Mutation mutation = method().getAnnotation(Mutation.class);
        if (mutation == null) {
            throw new IllegalStateException(method() + " is not a mutation of the API");
        }
        return mutation.value().isEmpty() ? method().getName() : mutation.value();
    }

    /**
     * The input decoded from the variable's JSON value exactly as the engine would decode it (texts cleaned as the
     * input rules clean them); {@link NotDecoded} for anything else (an unknown key, a value of another type, text the
     * input rules refuse, a part this path leaves to the engine): the engine then decodes it and words any error.
     */
    I input(Object json);

    /** The most list items the payload can hold for this input (to bound the fields executed before writing). */
    int maxItems(I input);

    /**
     * The write itself, as the API method runs it. When it fails, for whatever reason, the engine runs the request
     * again: so a write offered here must be one that a second run can never apply twice, even after a failure whose
     * outcome is unknown (the connection lost while COMMIT was on its way): guarded by a version the first run moved
     * on, or by a rule that makes the same request answer the first result.
     */
    Uni<?> run(ScopedActor actor, I input);

    /** The payload's type. */
    Shape payload();

    /** The API method {@code name(input)} of {@code api}, which a write names as its {@link #method}. */
    static Method apiMethod(Class<?> api, String name, Class<?> input) {
        try {
            return api.getMethod(name, input);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value {@link #input} leaves to the engine. */
    final class NotDecoded extends RuntimeException {
        public NotDecoded() {
            super(null, null, false, false);
        }
    }

    /** A JSON object with none but the given keys. */
    static Map<?, ?> object(Object value, Set<String> keys) {
        Map<?, ?> map = value instanceof io.vertx.core.json.JsonObject o ? o.getMap() : value instanceof Map<?, ?> m ? m : null;
        if (map == null || !keys.containsAll(map.keySet())) {
            throw new NotDecoded();
        }
        return map;
    }

    /** A JSON array (a single value, which GraphQL would take as a list of one, is left to the engine). */
    static List<?> list(Object value) {
        if (value instanceof io.vertx.core.json.JsonArray a) {
            return a.getList();
        }
        if (value instanceof List<?> l) {
            return l;
        }
        throw new NotDecoded();
    }

    /** An {@code ID} of a numeric key: digits, or a whole JSON number; null when absent and allowed to be. */
    static Long id(Object value, boolean required) {
        if (value == null && !required) {
            return null;
        }
        if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0) {
            return ((Number) value).longValue();
        }
        if (value instanceof String s && !s.isEmpty() && s.length() <= 18 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(s);
        }
        throw new NotDecoded();
    }

    /** An {@code Int}; null when absent and allowed to be. */
    static Integer integer(Object value, boolean required) {
        if (value == null && !required) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw new NotDecoded();
    }

    /** An optional {@code String}, cleaned as the input rules clean text ({@link Texts#clean}). */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s && Texts.refusal(s) == null) {
            return Texts.clean(s);
        }
        throw new NotDecoded();
    }

    /** An enum value by its name. */
    static <E extends Enum<E>> E constant(Class<E> type, Object value) {
        if (value instanceof String s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
        }
        throw new NotDecoded();
    }

    /**
     * An output type whose selected fields this path writes: its scalar fields (each as its JSON value: an ID as a
     * string, an enum as its name) and its object fields. A field not named here is the engine's, as is a selection
     * with arguments, directives, fragments or a response key given twice.
     */
    final class Shape {
        final String typename;
        final Map<String, Function<Object, Object>> scalars = new LinkedHashMap<>();
        final Map<String, Nested> objects = new LinkedHashMap<>();

        public Shape(String typename) {
            this.typename = typename;
        }

        /** A scalar field, read from the value. */
        @SuppressWarnings("unchecked")
        public <T> Shape scalar(String name, Function<T, Object> read) {
            scalars.put(name, v -> read.apply((T) v));
            return this;
        }

        /** An object field (a list when {@code list}), read from the value. */
        @SuppressWarnings("unchecked")
        public <T> Shape object(String name, Shape shape, boolean list, Function<T, Object> read) {
            objects.put(name, new Nested(shape, list, v -> read.apply((T) v)));
            return this;
        }
    }

    /** An object field of a {@link Shape}. */
    record Nested(Shape shape, boolean list, Function<Object, Object> read) {
    }
}
