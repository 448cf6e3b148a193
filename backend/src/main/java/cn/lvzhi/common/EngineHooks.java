package cn.lvzhi.common;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.EventingService;

/**
 * Lets the product configure the GraphQL engine SmallRye builds ({@link BatchLoaders}, {@link InputRules}' scalars
 * and strategies, then {@link GraphQLLimits}) without SmallRye's CDI events: those, once switched on for this one
 * hook, were also fired around every resolver of every request, and each firing resolved its observers anew.
 * Registered through SmallRye's {@link EventingService} extension point (META-INF/services); with no configuration
 * key it is always on.
 */
public class EngineHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        var beans = Arc.container();
        // the resolvers are made by now: the batch fields' loaders become each request's own, made on first use
        beans.instance(BatchLoaders.class).get().takeFrom(beans.instance(Schema.class).get());
        beans.instance(InputRules.class).get().configure(builder, beans.instance(GraphQLSchema.class).get());
        return beans.instance(GraphQLLimits.class).get().configure(builder);
    }
}
