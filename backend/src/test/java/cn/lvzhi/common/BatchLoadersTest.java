package cn.lvzhi.common;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch fields' loaders without the engine: what is taken from SmallRye's model, and batches by arguments. */
class BatchLoadersTest {

    private static Operation batchField(String owner, String name, boolean withFilter) {
        Operation operation = new Operation();
        operation.setName(name);
        Reference on = new Reference();
        on.setName(owner);
        operation.setSourceFieldOn(on);
        Argument source = new Argument();
        source.setSourceArgument(true);
        operation.addArgument(source);
        if (withFilter) {
            operation.addArgument(new Argument());
        }
        return operation;
    }

    @Test
    void takesTheBatchFieldsOutOfSmallRyesModelAndKeepsThem() {
        Schema schema = new Schema();
        Type mandate = new Type("x.Mandate", "Mandate", null);
        mandate.addBatchOperation(batchField("Mandate", "duties", true));
        Type unit = new Type("x.Unit", "Unit", null);
        unit.addBatchOperation(batchField("Unit", "parent", false));
        schema.addType(mandate);
        schema.addType(unit);
        BatchLoaders loaders = new BatchLoaders();

        loaders.takeFrom(schema);
        assertTrue(schema.getBatchOperations().isEmpty(), "SmallRye makes no loaders of its own");
        assertEquals(List.of("Mandate_duties", "Unit_parent"), loaders.names().stream().sorted().toList());
        loaders.takeFrom(schema); // the engine built again: nothing left to take, nothing lost
        assertEquals(2, loaders.names().size());

        var request = loaders.forRequest();
        assertTrue(request.getKeys().isEmpty(), "a request starts with no loaders");
        assertNull(request.getDataLoader("Case_nothing"));
        assertTrue(request.getKeys().isEmpty());
    }

    /** What SmallRye's batch field loads a key with: the converted arguments and the field's environment. */
    private static Map<String, Object> context(Map<String, Object> arguments) {
        DataFetchingEnvironment field = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().arguments(arguments).build();
        Map<String, Object> context = new HashMap<>();
        context.put(BatchLoaderHelper.ARGUMENTS, List.of(new Object())); // converted objects: equal only to themselves
        context.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, field);
        return context;
    }

    @Test
    void cachesByTheSourceAndTheValuesOfTheArguments() {
        Object lead = BatchLoaders.BY_SOURCE_AND_ARGUMENTS.getKeyWithContext(7L, context(Map.of("filter", Map.of("role", "LEAD"))));
        Object again = BatchLoaders.BY_SOURCE_AND_ARGUMENTS.getKeyWithContext(7L, context(Map.of("filter", Map.of("role", "LEAD"))));
        Object other = BatchLoaders.BY_SOURCE_AND_ARGUMENTS.getKeyWithContext(7L, context(Map.of("filter", Map.of("role", "SUPPORT"))));
        Object elsewhere = BatchLoaders.BY_SOURCE_AND_ARGUMENTS.getKeyWithContext(8L, context(Map.of("filter", Map.of("role", "LEAD"))));
        assertEquals(lead, again);
        assertNotEquals(lead, other);
        assertNotEquals(lead, elsewhere);
    }

    /** A resolver that answers each key with the role its batch was resolved with, SmallRye's way (the first key's). */
    private static final class Recording implements BatchLoaderWithContext<Object, Object> {
        final List<List<Object>> batches = new ArrayList<>();
        final List<BatchLoaderEnvironment> environments = new ArrayList<>();

        @Override
        public CompletionStage<List<Object>> load(List<Object> keys, BatchLoaderEnvironment environment) {
            batches.add(keys);
            environments.add(environment);
            Object role = BatchLoaders.argumentsOf(environment.getKeyContextsList().get(0));
            return CompletableFuture.completedFuture(keys.stream().map(k -> (Object) (k + " " + role)).toList());
        }
    }

    private static BatchLoaderEnvironment environment(List<Object> keys, List<Object> contexts) {
        return BatchLoaderEnvironment.newBatchLoaderEnvironment().context("request").keyContexts(keys, contexts).build();
    }

    @Test
    void resolvesABatchOncePerDistinctArgumentsAndAnswersInOrder() {
        Recording resolver = new Recording();
        Map<String, Object> lead = Map.of("role", "LEAD");
        Map<String, Object> support = Map.of("role", "SUPPORT");
        List<Object> keys = List.of("m1", "m2", "m1", "m3");
        List<Object> contexts = List.of(context(lead), context(support), context(support), context(lead));

        List<Object> answers = new BatchLoaders.ByArguments(resolver).load(keys, environment(keys, contexts))
                .toCompletableFuture().join();

        assertEquals(List.of("m1 " + lead, "m2 " + support, "m1 " + support, "m3 " + lead), answers);
        assertEquals(List.of(List.of("m1", "m3"), List.of("m2", "m1")), resolver.batches);
        assertTrue(resolver.environments.stream().allMatch(e -> "request".equals(e.getContext())));
    }

    @Test
    void passesABatchOfOneArgumentsThroughWhole() {
        Recording resolver = new Recording();
        List<Object> keys = List.of("m1", "m2");
        BatchLoaderEnvironment whole = environment(keys, List.of(context(Map.of()), context(Map.of())));

        List<Object> answers = new BatchLoaders.ByArguments(resolver).load(keys, whole).toCompletableFuture().join();

        assertEquals(List.of("m1 {}", "m2 {}"), answers);
        assertSame(whole, resolver.environments.get(0));
    }
}
