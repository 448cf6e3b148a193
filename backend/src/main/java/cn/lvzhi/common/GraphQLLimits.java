package cn.lvzhi.common;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The GraphQL engine's limits — depth, complexity and aliases — checked after parsing and validation and before
 * any resolver runs; and the error contract for errors of the language itself: a syntax error, an unknown field or
 * a limit exceeded reaches the client with {@code extensions.code = VALIDATION} like every other invalid input.
 */
@ApplicationScoped
public class GraphQLLimits {
    private final int maxDepth;
    private final int maxComplexity;
    private final int maxAliases;

    public GraphQLLimits(@ConfigProperty(name = "lvzhi.graphql.max-depth") int maxDepth,
                         @ConfigProperty(name = "lvzhi.graphql.max-complexity") int maxComplexity,
                         @ConfigProperty(name = "lvzhi.graphql.max-aliases") int maxAliases) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
        this.maxAliases = maxAliases;
    }

    GraphQL.Builder configure(@Observes GraphQL.Builder builder) {
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(maxDepth),
                new MaxQueryComplexityInstrumentation(maxComplexity),
                new AliasLimit(maxAliases),
                new LanguageErrorCodes())));
    }

    /** Refuses operations with more aliased fields than the limit (aliases multiply work without depth). */
    static final class AliasLimit extends SimplePerformantInstrumentation {
        private final int max;

        AliasLimit(int max) {
            this.max = max;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            var context = parameters.getExecutionContext();
            int aliases = count(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(), new HashMap<>());
            if (aliases > max) {
                throw new AbortExecutionException("maximum aliases exceeded " + aliases + " > " + max);
            }
            return super.beginExecuteOperation(parameters, state);
        }

        static int count(SelectionSet set, Map<String, FragmentDefinition> fragments, Map<String, Integer> perFragment) {
            if (set == null) {
                return 0;
            }
            int n = 0;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    n += (field.getAlias() != null ? 1 : 0) + count(field.getSelectionSet(), fragments, perFragment);
                } else if (selection instanceof InlineFragment inline) {
                    n += count(inline.getSelectionSet(), fragments, perFragment);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null) {
                        // validated documents have no fragment cycles; the memo keeps repeated spreads linear.
                        // Not computeIfAbsent: the count recurses into the same map when fragments nest.
                        Integer known = perFragment.get(spread.getName());
                        if (known == null) {
                            known = count(fragment.getSelectionSet(), fragments, perFragment);
                            perFragment.put(spread.getName(), known);
                        }
                        n += known;
                    }
                }
            }
            return n;
        }
    }

    /** Gives errors that did not come from a resolver (syntax, validation, limits) the VALIDATION code. */
    static final class LanguageErrorCodes extends SimplePerformantInstrumentation {
        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(
                ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()
                    || result.getErrors().stream().allMatch(e -> e instanceof ExceptionWhileDataFetching)) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = result.getErrors().stream().map(LanguageErrorCodes::withCode).toList();
            return CompletableFuture.completedFuture(
                    ExecutionResultImpl.newExecutionResult().from(result).errors(errors).build());
        }

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
                extensions.put("classification", classification.toString());
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
}
