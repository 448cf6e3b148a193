package cn.lvzhi.common;

import graphql.GraphQL;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;

/**
 * The GraphQL engine's limits, configured under {@code lvzhi.graphql.*} and installed into the engine as one
 * {@link QueryLimits} instrumentation: the document's size measured after fragment expansion and before
 * validation, each request's execution time and executed fields, each caller's concurrency and cost budget,
 * introspection where it is allowed; and the error contract for errors of the language itself.
 */
@ApplicationScoped
@Unremovable // looked up by EngineHooks, outside CDI
public class GraphQLLimits {
    private final QueryLimits limits;
    private final SecurityIdentity identity;

    public GraphQLLimits(@ConfigProperty(name = "lvzhi.graphql.max-depth") int maxDepth,
                         @ConfigProperty(name = "lvzhi.graphql.max-complexity") long maxFields,
                         @ConfigProperty(name = "lvzhi.graphql.max-aliases") long maxAliases,
                         @ConfigProperty(name = "lvzhi.graphql.max-executed-fields") int maxExecutedFields,
                         @ConfigProperty(name = "lvzhi.graphql.timeout") Duration timeout,
                         @ConfigProperty(name = "lvzhi.graphql.introspection") boolean introspection,
                         @ConfigProperty(name = "lvzhi.graphql.caller.max-concurrent") int maxConcurrent,
                         @ConfigProperty(name = "lvzhi.graphql.caller.budget") long budget,
                         @ConfigProperty(name = "lvzhi.graphql.caller.window") Duration window,
                         SecurityIdentity identity, BatchLoaders batchLoaders) {
        this.identity = identity;
        // a request holds its permit until its resolvers finish, which may be after its timeout; one not returned
        // long after that was lost on a failure path and no longer counts
        CallerBudgets callers = new CallerBudgets(maxConcurrent, budget, window, timeout.multipliedBy(6), System::nanoTime);
        this.limits = new QueryLimits(new QueryLimits.Settings(maxDepth, maxFields, maxAliases, maxExecutedFields,
                timeout, introspection), callers, this::caller, batchLoaders::forRequest);
    }

    GraphQL.Builder configure(GraphQL.Builder builder) {
        return builder.instrumentation(limits).preparsedDocumentProvider(limits);
    }

    /** The engine's limits and known documents, for the reads answered beside the engine ({@code graph.JsonReads}). */
    public QueryLimits limits() {
        return limits;
    }

    private String caller() {
        return callerOf(identity);
    }

    /** The token's subject: the same for every token of one user or one client, whatever its other claims. */
    public static String callerOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
