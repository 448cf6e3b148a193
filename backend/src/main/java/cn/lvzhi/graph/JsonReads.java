package cn.lvzhi.graph;

import cn.lvzhi.common.CallerBudgets;
import cn.lvzhi.common.GraphQLLimits;
import cn.lvzhi.common.InputRules;
import cn.lvzhi.common.QueryLimits;
import cn.lvzhi.common.StatementCache;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.UnitPlaces;
import cn.lvzhi.security.CurrentActor;
import cn.lvzhi.security.UnitIds;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers the hot read queries in one SQL statement that returns the whole {@code data} as JSON, beside the GraphQL
 * engine: a list of fifty cases with their units, or twenty cases with their dispatch trees, cost the engine a
 * resolver call, a value completion and a JSON write per field of every row, where the database builds the same
 * JSON in a fraction of the time. It answers only what it can answer exactly as the engine would, and sends
 * everything else to the engine unchanged:
 * <ul>
 * <li>only a document the engine lets through (parsed, validated against the engine's schema, measured within the
 * limits: {@link QueryLimits#check}, as the engine does it, the first time a text comes; known by its text after
 * that), a query, each of whose root fields a feature writes ({@link JsonRoot});</li>
 * <li>the caller's place in its budget is taken at the document's measured cost, as the engine takes it, and a
 * refused place goes to the engine, which words the refusal;</li>
 * <li>visibility and filters are the features' own HQL rules, rendered into the statement ({@code HqlSql});</li>
 * <li>an absent or invisible row, a failed statement, an answer over the executed-field limit: the engine answers,
 * with its errors.</li>
 * </ul>
 * A request with the header {@code Lvzhi-Engine: graphql} always goes to the engine (tests compare both answers);
 * every answer written here carries {@code Lvzhi-Engine: sql}.
 */
@ApplicationScoped
public class JsonReads {
    /** After the request guard (-3), before SmallRye's route (0 and up). */
    private static final int ORDER = -1;
    static final String ENGINE_HEADER = "Lvzhi-Engine";
    private static final Logger LOG = Logger.getLogger(JsonReads.class);

    private final QueryLimits limits;
    private final InputRules engine;
    private final UnitIds unitIds;
    private final UnitPlaces places;
    private final Pool pool;
    private final Map<String, JsonRoot> roots = new HashMap<>();
    private final Map<String, String> tables = new HashMap<>();

    public JsonReads(GraphQLLimits limits, InputRules engine, UnitIds unitIds, UnitPlaces places, Pool pool,
                     Instance<JsonRoot> writers) {
        this.limits = limits.limits();
        this.engine = engine;
        this.unitIds = unitIds;
        this.places = places;
        this.pool = pool;
        for (JsonRoot r : writers) {
            r.fields().forEach(f -> roots.put(f, r));
            tables.putAll(r.tables());
        }
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        String text;
        QueryLimits.Known known;
        OperationDefinition operation;
        Map<String, Object> variables;
        SecurityIdentity identity;
        try {
            identity = GraphQLPosts.caller(rc);
            if (identity == null) {
                rc.next();
                return;
            }
            JsonObject body = GraphQLPosts.body(rc);
            text = body == null ? null : body.getString("query");
            String name = body == null ? null : body.getString("operationName");
            known = limits.check(text, engine.engineSchema(), document -> answerable(operation(document, name)));
            operation = known == null ? null : operation(known.entry().getDocument(), name);
            JsonObject vars = body == null ? null : body.getJsonObject("variables");
            variables = vars == null ? Map.of() : vars.getMap();
        } catch (RuntimeException notForUs) { // a body the engine words its own error for
            rc.next();
            return;
        }
        if (operation == null) {
            rc.next();
            return;
        }
        CurrentActor.of(identity, unitIds).chain(a -> CurrentScopedActor.place(a, places)).subscribe().with(
                actor -> answer(rc, text, known, operation, variables, actor, GraphQLLimits.callerOf(identity)),
                failure -> rc.next());
    }

    /** Whether each root field of the operation (a query) is one a feature writes here. */
    private boolean answerable(OperationDefinition operation) {
        return operation != null && operation.getSelectionSet().getSelections().stream()
                .allMatch(s -> s instanceof Field f && (roots.containsKey(f.getName()) || f.getName().equals("__typename")));
    }

    /** The operation to run: the named one, or the only one; null unless it is a query. */
    private static OperationDefinition operation(Document document, String name) {
        OperationDefinition op = GraphQLPosts.operation(document, name);
        return op != null && op.getOperation() == OperationDefinition.Operation.QUERY ? op : null;
    }

    private void answer(RoutingContext rc, String text, QueryLimits.Known known, OperationDefinition operation,
                        Map<String, Object> variables, ScopedActor actor, String caller) {
        String sql;
        JsonQuery query;
        try {
            query = new JsonQuery(known.entry().getDocument(), operation, variables, tables);
            sql = statement(query, operation, actor);
        } catch (JsonQuery.Unanswerable | IllegalArgumentException | ArithmeticException | ClassCastException e) {
            LOG.debugf("left to the engine: %s", e.getMessage());
            rc.next();
            return;
        }
        CallerBudgets.Permit permit;
        try {
            permit = limits.admit(caller, known.measure().cost());
        } catch (CallerBudgets.Refused refused) {
            rc.next();
            return;
        }
        pool.preparedQuery(sql).execute(Tuple.from(query.sql().params())).subscribe().with(rows -> {
            Row row = rows.iterator().next();
            byte[] data = row.getBuffer(0).getBytes();
            if (row.getBoolean(1) || fields(data) > limits.settings().maxExecutedFields()) {
                permit.release();
                rc.next();
                return;
            }
            limits.keep(text, known); // answered here: known by its text from now on
            rc.response().endHandler(ended -> permit.release());
            rc.response().closeHandler(closed -> permit.release());
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                    .putHeader(ENGINE_HEADER, "sql")
                    .end(Buffer.buffer(data.length + 9).appendString("{\"data\":").appendBytes(data).appendString("}"));
        }, failure -> {
            LOG.debugf("left to the engine after the statement failed: %s", failure.getMessage());
            permit.release();
            rc.next();
        });
    }

    /**
     * One statement: each root field's JSON as a column, then the data object of them all and whether any came out
     * null (an absent or invisible row, which the engine answers with its error).
     */
    private String statement(JsonQuery query, OperationDefinition operation, ScopedActor actor) {
        List<JsonQuery.Node> fields = query.roots(operation, "Query");
        StringBuilder columns = new StringBuilder();
        StringBuilder anyNull = new StringBuilder("false");
        for (int i = 0; i < fields.size(); i++) {
            JsonQuery.Node f = fields.get(i);
            if (f.name().equals("__typename")) {
                continue;
            }
            JsonRoot writer = roots.get(f.name());
            if (writer == null) {
                throw new JsonQuery.Unanswerable("root field " + f.name());
            }
            columns.append(columns.isEmpty() ? "" : ", ").append('(').append(writer.write(actor, f, query)).append(") r").append(i);
            anyNull.append(" or r").append(i).append(" is null");
        }
        if (columns.isEmpty()) {
            throw new JsonQuery.Unanswerable("no field to read");
        }
        String data = query.object("Query", fields, f -> "r" + fields.indexOf(f));
        // "offset 0" keeps each root's subquery a subquery: pulled up, it would run once per reference
        // the answer's UTF-8 bytes as they go out: no text decoded into Java strings and encoded again per request
        // kept prepared: whatever decides its plan is written into it
        return StatementCache.kept("select convert_to(cast(" + data + " as text), 'UTF8'), " + anyNull + " from (select "
                + columns + " offset 0) x");
    }

    /**
     * How many fields an answer holds (its object keys), as the engine counts executed fields: a key is a string
     * followed by a colon outside any string. Read on the UTF-8 bytes: no byte of a multi-byte character is a quote,
     * a backslash or a colon.
     */
    static int fields(byte[] json) {
        int keys = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte ch = json[i];
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == ':') {
                keys++;
            }
        }
        return keys;
    }
}
