package cn.lvzhi.common;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import org.dataloader.DataLoaderRegistry;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one instrumentation of the GraphQL engine. Once per request, after parsing and before validation, it
 * measures the document with its fragments expanded ({@link QueryMeasure}) and refuses it above the depth, field
 * and alias limits, then takes the request's place within its caller's budget ({@link CallerBudgets}); a refused
 * request is answered before validation or any resolver runs. During execution its per-field work is a counter
 * and a clock read: past the executed-field cap or the deadline no further resolver starts, a resolver still
 * running at the deadline is no longer waited for, and the caller gets one clean error instead of partial data.
 * Finally, errors of the language itself (syntax, validation, limits) get {@code extensions.code = VALIDATION}.
 * Each request gets its data loaders here too, made on first use ({@link BatchLoaders}).
 * <p>
 * It also keeps the documents it let through, parsed, validated and measured, by their text: clients send the same
 * few documents again and again, and parsing and validating one cost as much as resolving a page of it. A known
 * document skips both, but still takes its place in the caller's budget at its measured cost.
 */
public final class QueryLimits extends SimplePerformantInstrumentation implements PreparsedDocumentProvider {
    /** The configured limits; sizes count fields after fragment expansion. */
    public record Settings(int maxDepth, long maxFields, long maxAliases, int maxExecutedFields, Duration timeout,
                           boolean introspection) {
    }

    /** The most documents kept; past it the store starts again, so clients sending ever new texts cannot grow it. */
    static final int MAX_KNOWN = 1000;

    /** Stands in for every resolver once a request is stopped: no work, no value. */
    private static final DataFetcher<Object> STOPPED = env -> null;

    private final Settings settings;
    private final CallerBudgets callers;
    private final Supplier<String> caller;
    private final Supplier<DataLoaderRegistry> loaders;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    /** A document let through: its engine entry (parsed and validated) and its measure. */
    public record Known(PreparsedDocumentEntry entry, QueryMeasure measure) {
    }

    /** The document with this text if it was let through before (parsed, validated, within the limits), else null. */
    public Known known(String query) {
        return known.get(query);
    }

    /**
     * The document with this text as the engine would let it through: known already, or parsed, measured within the
     * limits and validated against the engine's {@code schema} here, as the engine does it; null when it would not
     * pass (the engine then answers, with its errors), or when the parsed document is not {@code wanted} (so that
     * only what the caller can answer is validated twice). A document checked here is not kept: {@link #keep} does that
     * once it has been answered beside the engine. (One the engine keeps is also shown to SmallRye's own cache, see
     * {@link #beginValidation}; one kept here is not, so a read the engine answers would be parsed once more for
     * SmallRye. Only what is answered beside the engine is therefore kept here.)
     */
    public Known check(String query, GraphQLSchema schema, Predicate<Document> wanted) {
        Known document = known.get(query);
        if (document != null || query == null || schema == null) {
            return document;
        }
        try {
            ParseAndValidateResult parsed = ParseAndValidate.parse(ExecutionInput.newExecutionInput(query).build());
            if (parsed.isFailure() || !wanted.test(parsed.getDocument())) {
                return null;
            }
            QueryMeasure measure = QueryMeasure.of(parsed.getDocument(), settings.introspection());
            if (refusal(measure) != null || !ParseAndValidate.validate(schema, parsed.getDocument(), Locale.getDefault()).isEmpty()) {
                return null;
            }
            return new Known(new PreparsedDocumentEntry(parsed.getDocument()), measure);
        } catch (RuntimeException refused) { // a fragment cycle, introspection where it is not allowed, …: the engine words it
            return null;
        }
    }

    /** Keeps a document {@link #check}ed as if the engine had let it through. */
    public void keep(String query, Known document) {
        if (known.size() >= MAX_KNOWN) {
            known.clear();
        }
        known.putIfAbsent(query, document);
    }

    /** Takes a place within the caller's budget at this cost; {@link CallerBudgets.Refused} when there is none. */
    public CallerBudgets.Permit admit(String caller, long cost) {
        return callers.admit(caller, cost);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * @param caller the current request's caller (token subject), read on the request's own thread
     */
    public QueryLimits(Settings settings, CallerBudgets callers, Supplier<String> caller) {
        this(settings, callers, caller, null);
    }

    /**
     * @param loaders each request's data loaders ({@link BatchLoaders#forRequest}); null: the request's own are kept
     */
    public QueryLimits(Settings settings, CallerBudgets callers, Supplier<String> caller,
                       Supplier<DataLoaderRegistry> loaders) {
        this.settings = settings;
        this.callers = callers;
        this.caller = caller;
        this.loaders = loaders;
    }

    /** Why a request was stopped during execution. */
    private enum Stop { TIMEOUT, EXECUTED_FIELDS }

    /**
     * One request's deadline, executed fields and caller permit. The permit is given back once the request is
     * answered and every resolver it started has finished: a request answered at its deadline keeps its place
     * while its resolvers still work, so a caller's work in flight stays within its concurrency limit.
     */
    private static final class Request implements InstrumentationState {
        final long deadline;
        final AtomicInteger executed = new AtomicInteger();
        /** The answer still to come, plus each resolver still running. */
        private final AtomicInteger holds = new AtomicInteger(1);
        private final AtomicBoolean answered = new AtomicBoolean();
        volatile Stop stopped;
        volatile CallerBudgets.Permit permit;

        Request(long deadline) {
            this.deadline = deadline;
        }

        void resolverStarted() {
            holds.incrementAndGet();
        }

        void resolverFinished() {
            if (holds.decrementAndGet() == 0) {
                release();
            }
        }

        void answered() {
            if (answered.compareAndSet(false, true)) {
                resolverFinished();
            }
        }

        private void release() {
            CallerBudgets.Permit held = permit;
            if (held != null) {
                held.release();
            }
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        Request request = new Request(System.nanoTime() + settings.timeout().toNanos());
        // a known document never reaches validation, where the place is taken: the document lookup takes it then
        parameters.getExecutionInput().getGraphQLContext().put(Request.class, request);
        return request;
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        return loaders == null ? input : input.transform(b -> b.dataLoaderRegistry(loaders.get()));
    }

    /** How many documents are known (for tests). */
    int knownDocuments() {
        return known.size();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Known document = known.get(input.getQuery());
        if (document != null) {
            admit(input.getGraphQLContext().get(Request.class), document.measure());
            return CompletableFuture.completedFuture(document.entry());
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        QueryMeasure measure = input.getGraphQLContext().get(QueryMeasure.class);
        if (!entry.hasErrors() && measure != null) {
            keep(input.getQuery(), new Known(entry, measure));
        }
        return CompletableFuture.completedFuture(entry);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                  InstrumentationState state) {
        // the result below releases the permit; this covers an execution that fails instead of answering
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> ((Request) state).answered());
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        QueryMeasure measure;
        try {
            measure = QueryMeasure.of(parameters.getDocument(), settings.introspection());
        } catch (QueryMeasure.Refused refused) {
            throw abort(refused.getMessage(), "VALIDATION", Map.of());
        }
        String refusal = refusal(measure);
        if (refusal != null) {
            throw abort(refusal, "VALIDATION", Map.of());
        }
        admit((Request) state, measure);
        parameters.getExecutionInput().getGraphQLContext().put(QueryMeasure.class, measure);
        return shownToSmallRye(parameters, state);
    }

    /**
     * SmallRye parses each request's document once more for its own context (the operation types it records), through
     * a cache it fills only when its own instrumentation sees the document validated. This one replaced SmallRye's,
     * so that cache stayed empty and every request to the engine was parsed twice (7 % of a mutation's CPU): a
     * validation starting here is shown to SmallRye's cache too, which keeps the document once it passed.
     */
    private static InstrumentationContext<List<ValidationError>> shownToSmallRye(InstrumentationValidationParameters parameters,
                                                                                 InstrumentationState state) {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        QueryCache cache = context == null ? null : context.getQueryCache();
        return cache == null ? SimpleInstrumentationContext.noOp() : cache.beginValidation(parameters, state);
    }

    /** Why a document measured so is refused (depth, fields or aliases over their limits), or null. */
    private String refusal(QueryMeasure measure) {
        if (measure.depth() > settings.maxDepth()) {
            return String.format("查询嵌套过深：展开片段后深度 %d，上限 %d (query depth %d exceeds the maximum depth %d)",
                    measure.depth(), settings.maxDepth(), measure.depth(), settings.maxDepth());
        }
        if (measure.fields() > settings.maxFields()) {
            return String.format("查询过于复杂：展开片段后共 %s 个字段，上限 %d (query complexity: %s fields"
                            + " after fragment expansion exceed the maximum %d)", count(measure.fields()),
                    settings.maxFields(), count(measure.fields()), settings.maxFields());
        }
        if (measure.aliases() > settings.maxAliases()) {
            return String.format("别名过多：展开片段后共 %s 个，上限 %d (maximum aliases exceeded: %s > %d)",
                    count(measure.aliases()), settings.maxAliases(), count(measure.aliases()), settings.maxAliases());
        }
        return null;
    }

    /** Takes the request's place within its caller's budget at the document's cost, or refuses it. */
    private void admit(Request request, QueryMeasure measure) {
        try {
            request.permit = callers.admit(caller.get(), measure.cost());
        } catch (CallerBudgets.Refused refused) {
            throw abort(refused.getMessage(), "RATE_LIMITED", Map.of("retryAfterSeconds", refused.retryAfterSeconds()));
        }
    }

    private static String count(long n) {
        return n == Long.MAX_VALUE ? "超过 " + Long.MAX_VALUE + " (more than " + Long.MAX_VALUE + ")" : Long.toString(n);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        Request request = (Request) state;
        if (request.stopped != null) {
            return STOPPED;
        }
        if (request.executed.incrementAndGet() > settings.maxExecutedFields()) {
            request.stopped = Stop.EXECUTED_FIELDS;
            return STOPPED;
        }
        long left = request.deadline - System.nanoTime();
        if (left <= 0) {
            request.stopped = Stop.TIMEOUT;
            return STOPPED;
        }
        if (parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        return env -> bounded(dataFetcher.get(env), request, left);
    }

    /**
     * A resolver's pending result, given up on at the deadline. The resolver's own future is left alone (a
     * mutation cut off half-way would be worse than one finished late), but it holds the caller's place until done.
     */
    private static Object bounded(Object value, Request request, long leftNanos) {
        if (!(value instanceof CompletionStage<?> stage)) {
            return value;
        }
        CompletableFuture<?> running = stage.toCompletableFuture();
        request.resolverStarted();
        running.whenComplete((result, failure) -> request.resolverFinished());
        // the engine continues from the returned stage, so it sees the request stopped
        return running.copy().orTimeout(leftNanos, TimeUnit.NANOSECONDS)
                .whenComplete((result, failure) -> {
                    if (failure instanceof TimeoutException) {
                        request.stopped = Stop.TIMEOUT;
                    }
                });
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        Request request = (Request) state;
        request.answered();
        Stop stopped = request.stopped;
        if (stopped == Stop.TIMEOUT) {
            return answer(abort(String.format("查询超时（上限 %d 秒），请缩小查询范围后重试 (the request took longer than %d s)",
                    settings.timeout().toSeconds(), settings.timeout().toSeconds()), "TIMEOUT", Map.of()).toExecutionResult());
        }
        if (stopped == Stop.EXECUTED_FIELDS) {
            return answer(abort(String.format("查询结果过大：执行的字段超过 %d 个，请减少每页条数或字段 (more than %d fields"
                            + " executed: ask for fewer items or fields)", settings.maxExecutedFields(), settings.maxExecutedFields()),
                    "VALIDATION", Map.of()).toExecutionResult());
        }
        if (result.getErrors().isEmpty()
                || result.getErrors().stream().allMatch(e -> e instanceof ExceptionWhileDataFetching)) {
            return answer(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(QueryLimits::withCode).toList();
        return answer(ExecutionResultImpl.newExecutionResult().from(result).errors(errors).build());
    }

    private static CompletableFuture<ExecutionResult> answer(ExecutionResult result) {
        return CompletableFuture.completedFuture(result);
    }

    /** An error that ends the request with no data. */
    private static AbortExecutionException abort(String message, String code, Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(more);
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(code.equals("VALIDATION") ? ErrorType.ValidationError : ErrorType.ExecutionAborted)
                .extensions(extensions)
                .build();
        return new AbortExecutionException(List.of(error));
    }

    /** Gives errors that did not come from a resolver (syntax, validation, limits) the VALIDATION code. */
    private static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        ErrorClassification classification = error.getErrorType();
        if (classification != null) {
            extensions.putIfAbsent("classification", classification.toString());
        }
        extensions.putIfAbsent("code", "VALIDATION");
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(extensions)
                .build();
    }
}
