package cn.lvzhi.common;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import jakarta.enterprise.context.ApplicationScoped;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batch resolvers ({@code @Source List<…>} fields) as data loaders a request makes when it first asks for one.
 * <p>
 * SmallRye made a data loader for every batch field of the schema on every request, each with a new resolver found by
 * reflection, and graphql-java then dispatched all of them at every level of the answer: a fifth of a report's server
 * CPU, for a mutation that uses none of them, and the same cost on every read. Once the engine is built (its
 * resolvers are, by then), {@link #takeFrom} takes the batch fields out of SmallRye's schema model, so SmallRye makes
 * no registry; each request gets {@link #forRequest()} instead, whose loaders are made on first use from resolvers
 * made once per field, and only those are dispatched.
 * <p>
 * A loader runs SmallRye's resolver ({@link DataFetcherFactory#getSourceBatchLoader}) under SmallRye's name
 * ({@link BatchLoaderHelper#getName}), caching per request by source. A field with arguments differs in two ways:
 * SmallRye answered a whole batch with the first key's arguments, so {@code a: duties(filter: X) b: duties(filter: Y)}
 * gave {@code b} the duties of {@code X}; here a batch is resolved once per distinct argument values
 * ({@link ByArguments}), and it caches by source and those values.
 */
@ApplicationScoped
@Unremovable // looked up by EngineHooks, outside CDI
public class BatchLoaders {
    /** Caches a field with arguments by its source and the values of its arguments as the request gave them. */
    static final CacheKey<Object> BY_SOURCE_AND_ARGUMENTS = new CacheKey<>() {
        @Override
        public Object getKey(Object source) {
            return source;
        }

        @Override
        public Object getKeyWithContext(Object source, Object context) {
            return Arrays.asList(source, argumentsOf(context));
        }
    };
    private static final DataLoaderOptions WITH_ARGUMENTS = DataLoaderOptions.newOptions()
            .setCacheKeyFunction(BY_SOURCE_AND_ARGUMENTS).build();

    /**
     * A batch field: its loader's name, what SmallRye makes its resolver of, and whether its loader caches by
     * arguments too.
     */
    private record Field(String name, Operation operation, Type type, boolean hasArguments) {
    }

    private final Map<String, Field> fields = new ConcurrentHashMap<>();
    private final Map<String, BatchLoaderWithContext<Object, Object>> resolvers = new ConcurrentHashMap<>();
    private final DataFetcherFactory factory = new DataFetcherFactory();

    /**
     * Takes the batch fields out of the model SmallRye executes from (it then makes no loaders of its own) and keeps
     * them here. Called once the engine's resolvers are made; a second call finds nothing left and keeps what it has.
     */
    synchronized void takeFrom(Schema schema) {
        if (!schema.hasTypes()) {
            return;
        }
        Map<String, Type> types = schema.getTypes();
        for (Type owner : types.values()) {
            if (!owner.hasBatchOperations()) {
                continue;
            }
            for (Operation operation : owner.getBatchOperations().values()) {
                String name = new BatchLoaderHelper().getName(operation);
                // the type SmallRye passes for a batch field: the one named as the field (ExecutionService)
                fields.put(name, new Field(name, operation, types.get(operation.getName()),
                        !operation.getArguments().stream().allMatch(Argument::isSourceArgument)));
            }
            owner.setBatchOperations(new LinkedHashMap<>());
        }
    }

    /** The batch fields known, by loader name (for tests). */
    List<String> names() {
        return List.copyOf(fields.keySet());
    }

    /** A registry for one request: empty until a batch field asks for its loader. */
    public DataLoaderRegistry forRequest() {
        return new OnFirstUse();
    }

    /**
     * A new loader of the field over its resolver, made on the field's first use and shared by every request after:
     * like SmallRye's own field resolvers, it looks its bean up at each call and keeps nothing of a request.
     */
    private DataLoader<Object, Object> loader(Field field) {
        BatchLoaderWithContext<Object, Object> resolver = resolvers.computeIfAbsent(field.name(),
                name -> factory.getSourceBatchLoader(field.operation(), field.type()));
        return field.hasArguments() ? DataLoaderFactory.newDataLoader(new ByArguments(resolver), WITH_ARGUMENTS)
                : DataLoaderFactory.newDataLoader(resolver);
    }

    /**
     * The values of a batch key's arguments, from the context SmallRye's batch field loads it with: the request's own
     * argument values (maps, lists, scalars: equal when the values are), else SmallRye's converted arguments.
     */
    static Object argumentsOf(Object context) {
        if (context instanceof Map<?, ?> batch) {
            if (batch.get(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT) instanceof DataFetchingEnvironment field) {
                return field.getArguments();
            }
            return batch.get(BatchLoaderHelper.ARGUMENTS);
        }
        return null;
    }

    /** Resolves a batch once per distinct argument values, with those keys in their order, and answers in order. */
    static final class ByArguments implements BatchLoaderWithContext<Object, Object> {
        private final BatchLoaderWithContext<Object, Object> resolver;

        ByArguments(BatchLoaderWithContext<Object, Object> resolver) {
            this.resolver = resolver;
        }

        @Override
        public CompletionStage<List<Object>> load(List<Object> keys, BatchLoaderEnvironment environment) {
            List<Object> contexts = environment.getKeyContextsList();
            Map<Object, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                groups.computeIfAbsent(argumentsOf(contexts.get(i)), a -> new ArrayList<>()).add(i);
            }
            if (groups.size() <= 1) {
                return resolver.load(keys, environment);
            }
            Object[] answers = new Object[keys.size()];
            List<CompletableFuture<?>> parts = new ArrayList<>();
            for (List<Integer> at : groups.values()) {
                List<Object> someKeys = at.stream().map(keys::get).toList();
                List<Object> theirContexts = at.stream().map(contexts::get).toList();
                BatchLoaderEnvironment part = BatchLoaderEnvironment.newBatchLoaderEnvironment()
                        .context(environment.getContext()).keyContexts(someKeys, theirContexts).build();
                parts.add(resolver.load(someKeys, part).toCompletableFuture().thenAccept(values -> {
                    for (int i = 0; i < at.size(); i++) {
                        answers[at.get(i)] = values.get(i);
                    }
                }));
            }
            return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                    .thenApply(x -> Arrays.asList(answers));
        }
    }

    private final class OnFirstUse extends DataLoaderRegistry {
        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String key) {
            Field field = fields.get(key);
            return field == null ? super.getDataLoader(key) : computeIfAbsent(key, name -> loader(field));
        }
    }
}
