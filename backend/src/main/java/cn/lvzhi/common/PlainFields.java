package cn.lvzhi.common;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

import java.lang.reflect.InvocationTargetException;

/**
 * Reads a plain property of a result object (a public field or getter, no resolver behind it), which is most of what a
 * response holds: fifty cases of ten fields are five hundred such reads. SmallRye's own reader first rebuilds its
 * request context for every one of them — a clone, the path as text and the field's selection twice as JSON — which
 * no plain property uses, so it cost more than everything else in a list query together. This reader only reads the
 * property, converting it where the schema's type differs from the Java type (an id as text), as SmallRye does.
 * Resolvers (queries, mutations, {@code @Source} fields) still go through SmallRye's fetchers, context and all.
 * <p>
 * Registered through SmallRye's {@link DataFetcherService} extension point (META-INF/services), ahead of Quarkus's.
 */
public class PlainFields implements DataFetcherService {

    @Override
    public Integer getPriority() {
        // the services are asked in ascending order; Quarkus's is 1 and has no field reader of its own
        return 0;
    }

    @Override
    public PlugableDataFetcher<Object> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new Reader(field, owner);
    }

    /** One property of one type; the accessor is found on first use, like SmallRye's. */
    static final class Reader implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {
        private final Field field;
        private final Reference owner;
        private final boolean converted;
        private final FieldHelper helper;
        private volatile Accessor accessor;

        Reader(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.converted = needsConversion(field);
            this.helper = converted ? new FieldHelper(field) : null;
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            Object source = env.getSource();
            if (source == null) {
                return null;
            }
            Accessor read = accessor;
            if (read == null) {
                read = accessor = accessor();
            }
            Object value = read.get(source);
            if (!converted || value == null) {
                return value;
            }
            try {
                return helper.transformOrAdaptResponse(value, env);
            } catch (AbstractDataFetcherException e) {
                // SmallRye answers the raw value when a conversion fails; so does this reader
                return value;
            }
        }

        private Accessor accessor() {
            try {
                Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
                if (field.getMethodName() == null) {
                    java.lang.reflect.Field f = type.getField(field.getPropertyName());
                    return f::get;
                }
                java.lang.reflect.Method m = type.getMethod(field.getMethodName());
                return source -> {
                    try {
                        return m.invoke(source);
                    } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                };
            } catch (ReflectiveOperationException e) {
                throw new GraphQLException(e);
            }
        }
    }

    /** Whether SmallRye would transform or adapt the value: a collection, a map, an adapter, or another scalar class. */
    static boolean needsConversion(Field field) {
        Reference ref = field.getReference();
        boolean otherScalar = ref.getType() == ReferenceType.SCALAR && !ref.getClassName().equals(ref.getGraphQLClassName());
        return otherScalar || field.hasWrapper() || field.isAdaptingWith() || field.isAdaptingTo()
                || ref.isAdaptingWith() || ref.isAdaptingTo();
    }

    @FunctionalInterface
    private interface Accessor {
        Object get(Object source) throws Exception;
    }
}
