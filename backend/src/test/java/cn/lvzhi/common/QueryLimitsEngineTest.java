package cn.lvzhi.common;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The instrumentation inside a bare GraphQL engine (no Quarkus, no database): execution bounds and the caller's
 * concurrency, where the test controls when a resolver completes.
 */
class QueryLimitsEngineTest {
    private final AtomicInteger helloCalls = new AtomicInteger();
    private CompletableFuture<String> pending = new CompletableFuture<>();
    private String caller = "alice";

    private QueryLimits limits;

    private GraphQL engine(int maxExecutedFields, Duration timeout, int maxConcurrent, boolean introspection) {
        return engine(maxExecutedFields, timeout, maxConcurrent, introspection, 1000);
    }

    private GraphQL engine(int maxExecutedFields, Duration timeout, int maxConcurrent, boolean introspection, long budget) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
                type Query { hello: String, slow: String, items(n: Int!): [Item] }
                type Item { id: Int }"""), RuntimeWiring.newRuntimeWiring().type("Query", t -> t
                .dataFetcher("hello", env -> "hi #" + helloCalls.incrementAndGet())
                .dataFetcher("slow", env -> pending)
                .dataFetcher("items", (DataFetcher<List<Map<String, Integer>>>) env ->
                        IntStream.range(0, env.<Integer>getArgument("n")).mapToObj(i -> Map.of("id", i)).toList())).build());
        CallerBudgets callers = new CallerBudgets(maxConcurrent, budget, Duration.ofMinutes(1), Duration.ofMinutes(1), System::nanoTime);
        limits = new QueryLimits(new QueryLimits.Settings(10, 100, 5, maxExecutedFields, timeout, introspection),
                callers, () -> caller);
        // wired as GraphQLLimits wires it into the product's engine
        return GraphQL.newGraphQL(schema).instrumentation(limits).preparsedDocumentProvider(limits).build();
    }

    private GraphQL engine() {
        return engine(100, Duration.ofMinutes(1), 10, false);
    }

    private static Map<String, Object> onlyError(ExecutionResult result) {
        assertFalse(result.isDataPresent(), () -> "data: " + result.getData());
        assertEquals(1, result.getErrors().size(), () -> "errors: " + result.getErrors());
        return result.getErrors().get(0).getExtensions();
    }

    @Test
    void moreExecutedFieldsThanTheCapStopTheRequestWithOneError() {
        GraphQL engine = engine(10, Duration.ofMinutes(1), 10, false);
        // a small document whose list multiplies it at run time: 1 + 20 fields
        ExecutionResult result = engine.execute("{ items(n: 20) { id } }");
        assertEquals("VALIDATION", onlyError(result).get("code"));
        assertTrue(result.getErrors().get(0).getMessage().contains("more than 10 fields executed"));
        assertEquals(Map.of("items", List.of(Map.of("id", 0), Map.of("id", 1), Map.of("id", 2))),
                engine.execute("{ items(n: 3) { id } }").getData());
    }

    @Test
    void pastTheDeadlineNoResolverStarts() {
        ExecutionResult result = engine(100, Duration.ZERO, 10, false).execute("{ hello }");
        assertEquals("TIMEOUT", onlyError(result).get("code"));
        assertEquals(0, helloCalls.get());
    }

    @Test
    void aResolverStillRunningAtTheDeadlineIsNoLongerWaitedForButKeepsTheCallersPlace() {
        GraphQL engine = engine(100, Duration.ofMillis(100), 1, false);
        ExecutionResult result = engine.execute("{ hello slow }");
        assertEquals("TIMEOUT", onlyError(result).get("code"));
        assertFalse(pending.isDone(), "the resolver's own future is left to finish or fail by itself");

        // answered, but its resolver still works: the caller's one place is still taken
        assertEquals("RATE_LIMITED", onlyError(engine.execute("{ hello }")).get("code"));
        pending.complete("late");
        assertTrue(engine.execute("{ hello }").getErrors().isEmpty());
    }

    @Test
    void aCallerAtItsConcurrencyLimitIsRefusedBeforeValidationAndOthersAreNot() {
        GraphQL engine = engine(100, Duration.ofMinutes(1), 1, false);
        CompletableFuture<ExecutionResult> inFlight = engine.executeAsync(b -> b.query("{ slow }"));
        assertFalse(inFlight.isDone());

        // an invalid document: refused before validation could complain about the unknown field
        ExecutionResult refused = engine.execute("{ hello nope }");
        Map<String, Object> extensions = onlyError(refused);
        assertEquals("RATE_LIMITED", extensions.get("code"));
        assertEquals(1L, extensions.get("retryAfterSeconds"));
        assertEquals(0, helloCalls.get());

        caller = "bob";
        assertEquals(Map.of("hello", "hi #1"), engine.execute("{ hello }").getData());

        pending.complete("done");
        assertEquals(Map.of("slow", "done"), inFlight.join().getData());
        caller = "alice";
        assertEquals(Map.of("hello", "hi #2"), engine.execute("{ hello }").getData(), "the finished request gave its place back");
    }

    @Test
    void aRequestThatFailsValidationGivesItsPlaceBack() {
        GraphQL engine = engine(100, Duration.ofMinutes(1), 1, false);
        assertEquals("VALIDATION", engine.execute("{ nope }").getErrors().get(0).getExtensions().get("code"));
        ExecutionResult next = engine.execute("{ hello }");
        assertTrue(next.getErrors().isEmpty(), () -> "errors: " + next.getErrors());
    }

    @Test
    void introspectionAnswersOnlyWhereItIsAllowed() {
        String query = "{ __schema { queryType { name } } }";
        ExecutionResult refused = engine().execute(query);
        assertEquals("VALIDATION", onlyError(refused).get("code"));
        assertTrue(refused.getErrors().get(0).getMessage().contains("introspection is disabled"));
        assertEquals(Map.of("__schema", Map.of("queryType", Map.of("name", "Query"))),
                engine(100, Duration.ofMinutes(1), 10, true).execute(query).getData());
    }
    @Test
    void aKnownDocumentSkipsParsingAndValidationButStillPaysItsCost() {
        long cost = QueryMeasure.of(graphql.parser.Parser.parse("{ hello }"), false).cost();
        GraphQL engine = engine(100, Duration.ofMinutes(1), 10, false, 3 * cost);
        for (int i = 1; i <= 3; i++) {
            assertEquals(Map.of("hello", "hi #" + i), engine.execute("{ hello }").getData());
        }
        assertEquals(1, limits.knownDocuments(), "parsed and validated once");
        assertEquals("RATE_LIMITED", onlyError(engine.execute("{ hello }")).get("code"), "the known document paid each time");
        caller = "bob";
        assertEquals(Map.of("hello", "hi #4"), engine.execute("{ hello }").getData());
    }

    @Test
    void aKnownDocumentIsRefusedAtTheCallersConcurrencyLimitToo() {
        GraphQL engine = engine(100, Duration.ofMinutes(1), 1, false);
        assertEquals(Map.of("hello", "hi #1"), engine.execute("{ hello }").getData());
        CompletableFuture<ExecutionResult> inFlight = engine.executeAsync(b -> b.query("{ slow }"));
        assertEquals("RATE_LIMITED", onlyError(engine.execute("{ hello }")).get("code"));
        pending.complete("done");
        inFlight.join();
        assertEquals(Map.of("hello", "hi #2"), engine.execute("{ hello }").getData());
    }

    @Test
    void onlyDocumentsLetThroughAreKept() {
        GraphQL engine = engine();
        for (int i = 0; i < 2; i++) {
            assertEquals("VALIDATION", onlyError(engine.execute("{ nope }")).get("code"));
            assertEquals("VALIDATION", onlyError(engine.execute("{ hello ")).get("code"));
            assertEquals("VALIDATION", onlyError(engine.execute("{ __schema { queryType { name } } }")).get("code"));
        }
        assertEquals(0, limits.knownDocuments());
    }
}
