package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.CaseFilter;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.graph.JsonQuery;
import cn.lvzhi.graph.JsonQuery.Node;
import cn.lvzhi.graph.JsonQuery.Unanswerable;
import cn.lvzhi.graph.JsonRoot;
import cn.lvzhi.org.ScopedActor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The case reads the database answers as JSON in one statement ({@link cn.lvzhi.graph.JsonReads}): {@code cases}
 * (a page, its count, its cursors) and {@code case}, with the fields lists and case views ask for — the case's own
 * columns, its originating and area units, the dispatches and ratings the caller sees, their units. Visibility and
 * filters are {@link CaseReads}' own HQL ({@link CaseVisibility}'s rules), rendered into the statement; a field
 * not written here (the timeline, a dispute, a list item…) leaves the whole request to the GraphQL engine.
 */
@ApplicationScoped
public class CaseJson implements JsonRoot {
    private static final Map<String, String> TABLES = Map.of("CaseFile", "case_file", "Dispatch", "case_dispatch",
            "Rating", "case_rating", "Unit", "unit", "CaseParty", "case_party");

    /** How a column is written: as stored, an id as text, a time in the engine's ISO-8601, an array as JSON. */
    private enum Kind { PLAIN, ID, TIME, ARRAY }

    /** A field written from a column of the row's alias. */
    private record Column(String column, Kind kind) {
        String sql(String alias) {
            String c = alias + "." + column;
            return switch (kind) {
                case PLAIN -> c;
                case ID -> "cast(" + c + " as text)";
                case TIME -> time(c);
                case ARRAY -> "coalesce(to_json(" + c + "), '[]'::json)";
            };
        }
    }

    /** A field written by a subquery over the row (a unit, a list of dispatches). */
    @FunctionalInterface
    private interface Nested {
        String sql(ScopedActor a, String alias, Node field, JsonQuery q);
    }

    private record Type(String name, Map<String, Column> columns, Map<String, Nested> nested) {
        String object(ScopedActor a, String alias, Node field, JsonQuery q) {
            return q.object(name, field.children(name), f -> {
                Column c = columns.get(f.name());
                if (c != null) {
                    leaf(f);
                    return c.sql(alias);
                }
                Nested n = nested.get(f.name());
                return n == null ? null : n.sql(a, alias, f.onlyArgs(), q);
            });
        }
    }

    private static final Type UNIT = new Type("Unit", columns(
            "id", Kind.ID, "code", Kind.PLAIN, "name", Kind.PLAIN, "kind", Kind.PLAIN, "level", Kind.PLAIN,
            "category", Kind.PLAIN, "creditCode", Kind.PLAIN, "parentId", Kind.ID, "depth", Kind.PLAIN,
            "version", Kind.PLAIN), Map.of());

    private static final Type DISPATCH = new Type("Dispatch", columns(
            "id", Kind.ID, "caseId", Kind.ID, "parentDispatchId", Kind.ID, "fromUnitId", Kind.ID, "fromName", Kind.PLAIN,
            "toUnitId", Kind.ID, "role", Kind.PLAIN, "round", Kind.PLAIN, "instructions", Kind.PLAIN, "status", Kind.PLAIN,
            "sentAt", Kind.TIME, "signDeadline", Kind.TIME, "handleDeadline", Kind.TIME, "signedAt", Kind.TIME,
            "signedByName", Kind.PLAIN, "refusedAt", Kind.TIME, "refusalReason", Kind.PLAIN, "repliedAt", Kind.TIME,
            "replyText", Kind.PLAIN, "replyAttachments", Kind.ARRAY, "repliedByName", Kind.PLAIN, "closedAt", Kind.TIME,
            "closeReason", Kind.PLAIN, "closedByName", Kind.PLAIN, "overdue", Kind.PLAIN, "version", Kind.PLAIN),
            Map.of("fromUnit", unit("from_unit_id"), "toUnit", unit("to_unit_id")));

    private static final Type RATING = new Type("Rating", columns(
            "id", Kind.ID, "dispatchId", Kind.ID, "caseId", Kind.ID, "level", Kind.PLAIN, "originalLevel", Kind.PLAIN,
            "comment", Kind.PLAIN, "raterUnitId", Kind.ID, "raterName", Kind.PLAIN, "ratedUnitId", Kind.ID,
            "ratedAt", Kind.TIME, "version", Kind.PLAIN),
            Map.of("raterUnit", unit("rater_unit_id"), "ratedUnit", unit("rated_unit_id")));

    private static final Type CASE = new Type("Case", columns(
            "id", Kind.ID, "code", Kind.PLAIN, "title", Kind.PLAIN, "description", Kind.PLAIN, "categoryItemId", Kind.ID,
            "categoryText", Kind.PLAIN, "address", Kind.PLAIN, "latitude", Kind.PLAIN, "longitude", Kind.PLAIN,
            "attachments", Kind.ARRAY, "source", Kind.PLAIN, "externalId", Kind.PLAIN, "originUnitId", Kind.ID,
            "areaUnitId", Kind.ID, "reporterName", Kind.PLAIN, "priority", Kind.PLAIN, "deadline", Kind.TIME,
            "status", Kind.PLAIN, "clientTime", Kind.TIME, "reportedAt", Kind.TIME, "updatedAt", Kind.TIME,
            "round", Kind.PLAIN, "reopenCount", Kind.PLAIN, "closedAt", Kind.TIME, "version", Kind.PLAIN),
            Map.of("originUnit", unit("origin_unit_id"), "areaUnit", unit("area_unit_id"),
                    "dispatches", seen(DISPATCH, "d", CaseReads::seenDispatches),
                    "ratings", seen(RATING, "r", CaseReads::seenRatings)));

    @Override
    public List<String> fields() {
        return List.of("cases", "case");
    }

    @Override
    public Map<String, String> tables() {
        return TABLES;
    }

    @Override
    public String write(ScopedActor a, Node field, JsonQuery q) {
        return switch (field.name()) {
            case "cases" -> cases(a, field.onlyArgs("filter", "first", "after"), q);
            case "case" -> one(a, field.onlyArgs("id"), q);
            default -> throw new Unanswerable(field.name());
        };
    }

    /** {@code case(id)}: the case if the actor sees it, else null (and the engine answers NOT_FOUND). */
    private String one(ScopedActor a, Node field, JsonQuery q) {
        Map<String, Object> params = new HashMap<>();
        String from = CaseReads.filtered(a, new CaseFilter(), params);
        String row = q.alias("q");
        return "select " + CASE.object(a, row, field, q) + " from (select c.*" + q.sql().sql(from, params, CaseReads.PLAN_SHAPING)
                + " and c.id = " + q.sql().param(id(field.arg("id"))) + ") " + row;
    }

    /** {@code cases(filter, first, after)}: a page newest first, as {@link CaseReads#page} reads it. */
    private String cases(ScopedActor a, Node field, JsonQuery q) {
        int size;
        Long after;
        try {
            size = Paging.pageSize(integer(field.arg("first")));
            after = Paging.decodeId(string(field.arg("after")));
        } catch (ValidationException refused) {
            throw new Unanswerable(refused.getMessage());
        }
        CaseFilter filter = filter(field.arg("filter"));
        String row = q.alias("q");
        List<Node> asked = field.children("CaseConnection");
        String page = q.object("CaseConnection", asked, f -> switch (f.name()) {
            // counted up to COUNT_CAP + 1 rows, as CaseReads counts (CaseConnection)
            case "totalCount" -> "least(" + counted(a, filter, q) + ", " + CaseReads.COUNT_CAP + ")";
            case "totalCountCapped" -> counted(a, filter, q) + " > " + CaseReads.COUNT_CAP;
            case "pageInfo" -> q.object("PageInfo", f.children("PageInfo"), p -> switch (leaf(p).name()) {
                case "hasNextPage" -> "count(*) > " + size;
                case "endCursor" -> cursor("min(" + row + ".id) filter (where " + row + ".n_ <= " + size + ")");
                default -> null;
            });
            case "edges" -> "coalesce(json_agg(" + q.object("CaseEdge", f.children("CaseEdge"), e -> switch (e.name()) {
                case "cursor" -> cursor(row + ".id");
                case "node" -> CASE.object(a, row, e.onlyArgs(), q);
                default -> null;
            }) + " order by " + row + ".id desc) filter (where " + row + ".n_ <= " + size + "), '[]'::json)";
            default -> null;
        });
        Map<String, Object> params = new HashMap<>();
        String from = q.sql().sql(CaseReads.filtered(a, filter, params), params, CaseReads.PLAN_SHAPING);
        // the page's ids first (from an index alone where the filter allows), then the rows of those ids only
        return "select " + page + " from (select c.*, row_number() over (order by c.id desc) as n_ from case_file c"
                + " where c.id in (select c.id" + from + (after == null ? "" : " and c.id < " + q.sql().param(after))
                + " order by c.id desc limit " + (size + 1) + ") order by c.id desc) " + row;
    }

    /** The number of cases the actor sees under the filter, counted up to {@link CaseReads#COUNT_CAP} + 1. */
    private static String counted(ScopedActor a, CaseFilter filter, JsonQuery q) {
        Map<String, Object> params = new HashMap<>();
        String from = q.sql().sql(CaseReads.filtered(a, filter, params), params, CaseReads.PLAN_SHAPING);
        return "(select count(*) from (select 1" + from + " limit " + (CaseReads.COUNT_CAP + 1) + ") capped_)";
    }

    /** The filter as the engine would build it, for the fields whose input rules are plain; anything else: the engine. */
    private static CaseFilter filter(Object value) {
        CaseFilter f = new CaseFilter();
        if (value == null) {
            return f;
        }
        if (!(value instanceof Map<?, ?> given)) {
            throw new Unanswerable("filter");
        }
        for (var e : given.entrySet()) {
            Object v = e.getValue();
            switch (String.valueOf(e.getKey())) {
                case "statuses" -> f.statuses = v == null ? null : enums(v, CaseStatus.class);
                case "source" -> f.source = v == null ? null : enums(v, CaseSource.class).get(0);
                case "areaUnitId" -> f.areaUnitId = v == null ? null : id(v);
                case "originUnitId" -> f.originUnitId = v == null ? null : id(v);
                case "reportedByMe" -> {
                    if (v != null && !(v instanceof Boolean)) {
                        throw new Unanswerable("reportedByMe");
                    }
                    f.reportedByMe = (Boolean) v;
                }
                // keyword and dates have input rules of their own (length, characters, formats): the engine applies them
                default -> throw new Unanswerable("filter." + e.getKey());
            }
        }
        return f;
    }

    /** A list of enum values as input coercion reads it (a single value is a list of one); a bad name: the engine. */
    private static <E extends Enum<E>> List<E> enums(Object value, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (Object v : value instanceof List<?> l ? l : List.of(value)) {
            if (!(v instanceof String name)) {
                throw new Unanswerable("enum value");
            }
            try {
                out.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException e) {
                throw new Unanswerable("enum value " + name);
            }
        }
        if (out.isEmpty() && !(value instanceof List<?>)) {
            throw new Unanswerable("enum value");
        }
        return out;
    }

    private static long id(Object value) {
        try {
            if (value instanceof String s && s.chars().allMatch(Character::isDigit) && !s.isEmpty() && s.length() < 19) {
                return Long.parseLong(s);
            }
            if (value instanceof Long l) {
                return l;
            }
            if (value instanceof Integer i) {
                return i;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new Unanswerable("id " + value);
    }

    private static Integer integer(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        throw new Unanswerable("int " + value);
    }

    private static String string(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new Unanswerable("string " + value);
    }

    private static Node leaf(Node f) {
        if (!f.isLeaf()) {
            throw new Unanswerable("selection below a scalar " + f.name());
        }
        f.onlyArgs();
        return f;
    }

    /** A unit by the id in this column of the row (every unit is visible to every actor). */
    private static Nested unit(String idColumn) {
        return (a, alias, field, q) -> {
            String u = q.alias("u");
            return "(select " + UNIT.object(a, u, field, q) + " from unit " + u + " where " + u + ".id = " + alias + "." + idColumn + ")";
        };
    }

    /**
     * The rows of a case the actor sees, oldest first: the feature's FROM/WHERE for them (over {@code rowAlias} and
     * the case {@code c}), narrowed to the case of the row being written.
     */
    private static Nested seen(Type type, String rowAlias, BiFunction<ScopedActor, Map<String, Object>, String> rule) {
        return (a, alias, field, q) -> {
            Map<String, Object> params = new HashMap<>();
            String from = q.sql().sql(rule.apply(a, params), params, CaseReads.PLAN_SHAPING);
            return "coalesce((select json_agg(" + type.object(a, rowAlias, field, q) + " order by " + rowAlias + ".id)" + from
                    + " and " + rowAlias + ".case_id = " + alias + ".id), '[]'::json)";
        };
    }

    /** A connection cursor of an id, as {@link Paging#encode} writes it (base64url without padding). */
    private static String cursor(String id) {
        return "rtrim(translate(encode(convert_to(cast(" + id + " as text), 'UTF8'), 'base64'), '+/', '-_'), '=')";
    }

    /**
     * A timestamp as the engine writes an {@code OffsetDateTime} read in UTC: ISO-8601, seconds always, the fraction
     * without trailing zeros, then Z (PostgreSQL's JSON form of a timestamp is exactly that before the zone; to_char
     * would do the same at several times the cost).
     */
    private static String time(String c) {
        return "((to_json(" + c + " at time zone 'UTC') #>> '{}') || 'Z')";
    }

    private static Map<String, Column> columns(Object... nameKind) {
        Map<String, Column> out = new HashMap<>();
        for (int i = 0; i < nameKind.length; i += 2) {
            String name = (String) nameKind[i];
            out.put(name, new Column(snake(name), (Kind) nameKind[i + 1]));
        }
        return out;
    }

    private static String snake(String property) {
        return property.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
