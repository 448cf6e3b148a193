package cn.lvzhi.common;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The rule every GraphQL argument goes through, after variables are coerced and before any resolver runs: numbers
 * exactly of their declared type (an {@code Int} is a whole number within 32 bits, never truncated or wrapped) and
 * text that the API may store (NFC, no NUL or stray control character, no unpaired surrogate). The scalars mark
 * what they refuse ({@link InputScalars}); this walks every field's arguments — literals and variables alike — and
 * answers the first refusal as VALIDATION naming its path ({@code input.indicators[2].points}), so no operation can
 * forget the rule. Each field's own rules (required, length, names without bidi characters) stay with the
 * features, through {@link Texts}.
 */
@ApplicationScoped
@Unremovable // looked up by EngineHooks, outside CDI
public class InputRules {

    /** The schema with the faithful scalars, made once from SmallRye's. */
    private volatile GraphQLSchema faithfulSchema;

    /*
     * SmallRye builds its GraphQL lazily, on the first requests, and unsynchronised: several first requests at once
     * each call this hook ({@link EngineHooks}). graphql-java's schema transformer rewires the type references of the source schema's
     * shared field definitions, so a second transformation left one schema's fields pointing at the other's types
     * ("objects of type 'Unit' can never be of type 'Unit'" on every later request). The schema is therefore
     * transformed once, under a lock, and every builder gets that one.
     */
    void configure(GraphQL.Builder builder, GraphQLSchema schema) {
        builder.schema(faithful(schema));
        // the strategies SmallRye leaves to graphql-java's defaults, with SmallRye's error handler, checked first
        builder.queryExecutionStrategy(new Checked(new ExceptionHandler()));
        builder.mutationExecutionStrategy(new CheckedSerial(new ExceptionHandler()));
    }

    /**
     * The schema the engine validates and runs documents against, once SmallRye has built its engine (on its first
     * request: the start's warm-up sends it before the instance is ready); null before.
     */
    public GraphQLSchema engineSchema() {
        return faithfulSchema;
    }

    /** A refused argument value: where it is and why. */
    record Refusal(String field, String message) {
    }

    synchronized GraphQLSchema faithful(GraphQLSchema schema) {
        if (faithfulSchema == null) {
            faithfulSchema = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
                @Override
                public TraversalControl visitGraphQLScalarType(GraphQLScalarType node, TraverserContext<GraphQLSchemaElement> context) {
                    GraphQLScalarType faithful = InputScalars.faithful(node);
                    return faithful == node ? TraversalControl.CONTINUE : TreeTransformerUtil.changeNode(context, faithful);
                }
            });
        }
        return faithfulSchema;
    }

    /** The first refused argument value of the operation, or null when all are valid. */
    static Refusal firstRefusal(ExecutionContext context) {
        Refusal[] found = new Refusal[1];
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        for (Map.Entry<String, Object> argument : env.getArguments().entrySet()) {
                            if (found[0] == null) {
                                found[0] = refusal(argument.getKey(), argument.getValue());
                            }
                        }
                    }
                });
        return found[0];
    }

    /** The first refused value within an argument's value (input objects and lists walked), or null. */
    static Refusal refusal(String path, Object value) {
        if (value instanceof InputScalars.Invalid invalid) {
            return new Refusal(path, "输入项 " + path + " " + invalid.reason());
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Refusal r = refusal(path + "." + e.getKey(), e.getValue());
                if (r != null) {
                    return r;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Refusal r = refusal(path + "[" + i + "]", list.get(i));
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The operation run when all its arguments are valid, else the first refusal as its only error. */
    private static CompletableFuture<ExecutionResult> checked(ExecutionContext context,
                                                              Supplier<CompletableFuture<ExecutionResult>> run) {
        Refusal refusal = firstRefusal(context);
        return refusal == null ? run.get() : CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError()
                        .message(refusal.message())
                        .errorType(ErrorType.ValidationError)
                        .extensions(Map.of("code", "VALIDATION", "field", refusal.field()))
                        .build())
                .build());
    }

    /** Queries: checked, then run in parallel as graphql-java does by default. */
    static final class Checked extends AsyncExecutionStrategy {
        Checked(ExceptionHandler handler) {
            super(handler);
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
            return checked(context, () -> super.execute(context, parameters));
        }
    }

    /** Mutations: checked, then run one after the other as the GraphQL specification requires. */
    static final class CheckedSerial extends AsyncSerialExecutionStrategy {
        CheckedSerial(ExceptionHandler handler) {
            super(handler);
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
            return checked(context, () -> super.execute(context, parameters));
        }
    }
}
