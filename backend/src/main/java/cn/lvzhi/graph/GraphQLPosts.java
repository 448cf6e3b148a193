package cn.lvzhi.graph;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** What the routes answering beside the engine ({@link JsonReads}, {@link DirectWrites}) read of a GraphQL POST alike. */
final class GraphQLPosts {
    private static final String BODY = GraphQLPosts.class.getName() + ".body";

    private GraphQLPosts() {
    }

    /** The caller, or null when the engine is to answer: anonymous, or sent to it by the header. */
    static SecurityIdentity caller(RoutingContext rc) {
        if ("graphql".equals(rc.request().getHeader(JsonReads.ENGINE_HEADER)) || !(rc.user() instanceof QuarkusHttpUser user)
                || user.getSecurityIdentity().isAnonymous()) {
            return null;
        }
        return user.getSecurityIdentity();
    }

    /** The body as a JSON object, parsed once for both routes. */
    static JsonObject body(RoutingContext rc) {
        JsonObject body = rc.get(BODY);
        if (body == null) {
            body = rc.body().asJsonObject();
            rc.put(BODY, body);
        }
        return body;
    }

    /** The operation to run: the named one, or the only one; null when there is none such. */
    static OperationDefinition operation(Document document, String name) {
        List<OperationDefinition> ops = document.getDefinitionsOfType(OperationDefinition.class);
        return name == null
                ? ops.size() == 1 ? ops.get(0) : null
                : ops.stream().filter(o -> name.equals(o.getName())).findFirst().orElse(null);
    }
}
