package cn.lvzhi.graph;

import cn.lvzhi.common.CallerBudgets;
import cn.lvzhi.common.GraphQLLimits;
import cn.lvzhi.common.QueryLimits;
import cn.lvzhi.common.validation.InputValidation;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.UnitPlaces;
import cn.lvzhi.security.CurrentActor;
import cn.lvzhi.security.UnitIds;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the hot mutations beside the GraphQL engine ({@link DirectWrite}), as {@link JsonReads} answers the hot reads:
 * the engine's work around one resolver (the argument turned into the input type through JSON-B, per-field
 * instrumentation, its context, its result writing) cost the server more than the write itself. It answers only
 * what succeeds, exactly as the engine would, and sends everything else to the engine unchanged:
 * <ul>
 * <li>only a document the engine has let through before ({@link QueryLimits#known}), one mutation with one root field
 * a feature runs here, its input a variable, no directive, and a payload selection of the plain fields the feature
 * names ({@link DirectWrite.Shape});</li>
 * <li>the input decoded as the engine would decode it, and checked against its declared constraints
 * ({@link InputValidation}), else the engine decodes it and words the error;</li>
 * <li>the caller's place in its budget taken at the document's measured cost, and the fields the answer can hold
 * bounded by the executed-field limit before anything is written;</li>
 * <li>a write that fails for any reason has rolled back: the engine then runs the request itself and answers (and,
 * for a refusal, records) the error, as for any other request.</li>
 * </ul>
 * A request with the header {@code Lvzhi-Engine: graphql} always goes to the engine; an answer written here carries
 * {@code Lvzhi-Engine: direct}.
 */
@ApplicationScoped
public class DirectWrites {
    /** After the request guard (-3), before SmallRye's route (0 and up); beside {@link JsonReads}. */
    private static final int ORDER = -1;
    static final String ANSWERED_HERE = "direct";
    private static final Logger LOG = Logger.getLogger(DirectWrites.class);

    private final QueryLimits limits;
    private final InputValidation inputs;
    private final UnitIds unitIds;
    private final UnitPlaces places;
    private final Map<String, DirectWrite<?>> writes = new HashMap<>();

    public DirectWrites(GraphQLLimits limits, InputValidation inputs, UnitIds unitIds, UnitPlaces places,
                        Instance<DirectWrite<?>> features) {
        this.limits = limits.limits();
        this.inputs = inputs;
        this.unitIds = unitIds;
        this.places = places;
        for (DirectWrite<?> w : features) {
            writes.put(w.field(), w);
        }
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(ORDER).handler(this::handle);
    }

    /** A request this path runs: the write, its decoded input, the root field as asked. */
    private record Plan(DirectWrite<Object> write, Object input, Field field, long cost) {
    }

    private void handle(RoutingContext rc) {
        Plan plan;
        SecurityIdentity identity;
        try {
            identity = GraphQLPosts.caller(rc);
            if (identity == null || !VertxContext.isOnDuplicatedContext()) {
                rc.next();
                return;
            }
            plan = plan(GraphQLPosts.body(rc));
        } catch (RuntimeException notForUs) { // a body or an input the engine words its own error for
            rc.next();
            return;
        }
        if (plan == null) {
            rc.next();
            return;
        }
        CallerBudgets.Permit permit;
        try {
            permit = limits.admit(GraphQLLimits.callerOf(identity), plan.cost());
        } catch (CallerBudgets.Refused refused) {
            rc.next();
            return;
        }
        // the features' writes run Hibernate where they need it, which asks for a request's own (safe) context
        VertxContextSafetyToggle.setCurrentContextSafe(true);
        CurrentActor.of(identity, unitIds).chain(a -> CurrentScopedActor.place(a, places))
                .chain(actor -> Uni.createFrom().deferred(() -> plan.write().run(actor, plan.input())))
                .subscribe().with(payload -> answer(rc, plan, payload, permit), failure -> {
                    LOG.debugf("left to the engine after the write failed: %s", failure.getMessage());
                    permit.release();
                    rc.next();
                });
    }

    /** The request's plan, or null when the engine is to run it. */
    @SuppressWarnings("unchecked")
    private Plan plan(JsonObject body) {
        QueryLimits.Known known = body == null ? null : limits.known(body.getString("query"));
        if (known == null) {
            return null;
        }
        OperationDefinition op = GraphQLPosts.operation(known.entry().getDocument(), body.getString("operationName"));
        if (op == null || op.getOperation() != OperationDefinition.Operation.MUTATION || !op.getDirectives().isEmpty()
                || op.getSelectionSet().getSelections().size() != 1
                || !(op.getSelectionSet().getSelections().get(0) instanceof Field field) || !field.getDirectives().isEmpty()) {
            return null;
        }
        DirectWrite<Object> write = (DirectWrite<Object>) writes.get(field.getName());
        List<Argument> arguments = field.getArguments();
        if (write == null || arguments.size() != 1 || !arguments.get(0).getName().equals("input")
                || !(arguments.get(0).getValue() instanceof VariableReference variable)
                || field.getSelectionSet() == null || !plain(field.getSelectionSet(), write.payload())) {
            return null;
        }
        JsonObject variables = body.getJsonObject("variables");
        Object input = write.input(variables == null ? null : variables.getValue(variable.getName()));
        if (input == null) {
            return null;
        }
        long fields = 1 + fields(field.getSelectionSet(), write.payload(), write.maxItems(input));
        if (fields > limits.settings().maxExecutedFields()) {
            return null;
        }
        inputs.check(write.method(), new Object[]{input}); // a violation: the engine words it
        return new Plan(write, input, field, known.measure().cost());
    }

    /** Whether the selection asks only for fields the shape names, plainly: no argument, directive or fragment. */
    private static boolean plain(SelectionSet selection, DirectWrite.Shape shape) {
        Set<String> keys = new HashSet<>();
        for (Selection<?> s : selection.getSelections()) {
            if (!(s instanceof Field f) || !f.getArguments().isEmpty() || !f.getDirectives().isEmpty() || !keys.add(f.getResultKey())) {
                return false;
            }
            DirectWrite.Nested nested = shape.objects.get(f.getName());
            boolean known = nested != null ? f.getSelectionSet() != null && plain(f.getSelectionSet(), nested.shape())
                    : f.getSelectionSet() == null && (shape.scalars.containsKey(f.getName()) || f.getName().equals("__typename"));
            if (!known) {
                return false;
            }
        }
        return true;
    }

    /** The most fields the selection can execute, as the engine counts them, with lists of at most {@code items}. */
    private static long fields(SelectionSet selection, DirectWrite.Shape shape, int items) {
        long n = 0;
        for (Selection<?> s : selection.getSelections()) {
            Field f = (Field) s;
            DirectWrite.Nested nested = shape.objects.get(f.getName());
            n += 1 + (nested == null ? 0 : (nested.list() ? items : 1) * fields(f.getSelectionSet(), nested.shape(), items));
        }
        return n;
    }

    private void answer(RoutingContext rc, Plan plan, Object payload, CallerBudgets.Permit permit) {
        String json;
        try {
            json = new JsonObject().put("data", new JsonObject().put(plan.field().getResultKey(),
                    object(plan.field().getSelectionSet(), plan.write().payload(), payload))).encode();
        } catch (RuntimeException e) { // written already: never run again by the engine
            permit.release();
            LOG.errorf(e, "the answer to %s was not written", plan.field().getName());
            rc.fail(e);
            return;
        }
        rc.response().endHandler(ended -> permit.release());
        rc.response().closeHandler(closed -> permit.release());
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                .putHeader(JsonReads.ENGINE_HEADER, ANSWERED_HERE)
                .end(json);
    }

    /** The value's selected fields, in the selection's order, under their response keys. */
    private static JsonObject object(SelectionSet selection, DirectWrite.Shape shape, Object value) {
        JsonObject out = new JsonObject();
        for (Selection<?> s : selection.getSelections()) {
            Field f = (Field) s;
            if (f.getName().equals("__typename")) {
                out.put(f.getResultKey(), shape.typename);
                continue;
            }
            DirectWrite.Nested nested = shape.objects.get(f.getName());
            if (nested == null) {
                out.put(f.getResultKey(), shape.scalars.get(f.getName()).apply(value));
                continue;
            }
            Object child = nested.read().apply(value);
            if (child == null) {
                out.putNull(f.getResultKey());
            } else if (nested.list()) {
                JsonArray items = new JsonArray();
                for (Object item : (List<?>) child) {
                    items.add(object(f.getSelectionSet(), nested.shape(), item));
                }
                out.put(f.getResultKey(), items);
            } else {
                out.put(f.getResultKey(), object(f.getSelectionSet(), nested.shape(), child));
            }
        }
        return out;
    }
}
