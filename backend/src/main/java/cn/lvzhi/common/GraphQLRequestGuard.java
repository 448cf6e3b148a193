package cn.lvzhi.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The gate in front of {@code POST /graphql}: SmallRye only ever sees a body that is one strict JSON object of at most
 * {@code lvzhi.graphql.max-body-bytes}, nested at most {@link #MAX_DEPTH} levels, with nothing after it, no duplicate
 * key, no NUL character or unpaired surrogate in any string (PostgreSQL refuses NUL in text), a string {@code query},
 * an object (or null) for {@code variables} and {@code extensions} and a string (or null) for {@code operationName}.
 * Anything else is answered here, before parsing and execution, with HTTP 400 (415 for a body that is not JSON) and a
 * GraphQL-shaped VALIDATION error naming what is wrong; a refusal logs at most one debug line. Batched (array)
 * bodies are refused: each operation is measured and rate-limited on its own.
 */
@ApplicationScoped
public class GraphQLRequestGuard {
    /** Deep enough for any input object of the schema, far from what makes a recursive parser fall over. */
    static final int MAX_DEPTH = 32;
    private static final int AFTER_SECURITY_BEFORE_BODY_LIMIT = -3;
    private static final Logger LOG = Logger.getLogger(GraphQLRequestGuard.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final long maxBytes;
    private final long maxDrainBytes;

    public GraphQLRequestGuard(@ConfigProperty(name = "lvzhi.graphql.max-body-bytes") long maxBytes,
                               @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxAnyBody) {
        this.maxBytes = maxBytes;
        this.maxDrainBytes = maxAnyBody.asLongValue();
    }

    /** A refused request: the HTTP status, the part of the request at fault and the message for the caller. */
    record Refusal(int status, String field, String message) {
        Refusal(String field, String message) {
            this(400, field, message);
        }
    }

    void install(@Observes Router router) {
        // after the security filters (orders -300..-100: anonymous callers stop there); before Quarkus' check of the
        // declared length against the limit of any body (-2, a bare 413) and SmallRye's route (numbered from 0 upwards)
        router.post("/graphql").order(AFTER_SECURITY_BEFORE_BODY_LIMIT)
                // SmallRye's body handler on the later route sees that this one ran and keeps the body read here
                .handler(BodyHandler.create(false).setBodyLimit(maxBytes))
                .handler(this::check)
                .failureHandler(this::tooLarge);
    }

    private void check(RoutingContext rc) {
        Buffer body = rc.body().buffer();
        Refusal refusal = !isJson(rc.request().getHeader(HttpHeaders.CONTENT_TYPE))
                ? new Refusal(415, "Content-Type", "请求的 Content-Type 须为 application/json (Content-Type must be application/json)")
                : body == null || body.length() == 0
                ? new Refusal("body", "请求体为空 (the request body is empty)")
                // a body handler installed for every route (ahead of ours) reads without our limit
                : body.length() > maxBytes ? tooLarge() : check(body.getBytes());
        if (refusal != null) {
            refuse(rc, refusal);
            return;
        }
        rc.next();
    }

    /**
     * The body handler fails the request with 413 when the body outgrows the limit, declared or chunked. The rest of
     * the body is read and dropped (up to the limit of any request body) so that the client, still sending, reads the
     * answer instead of a reset connection; beyond that the connection is closed.
     */
    private void tooLarge(RoutingContext rc) {
        if (rc.statusCode() != 413 || rc.response().ended()) {
            rc.next();
            return;
        }
        HttpServerRequest request = rc.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (request.isEnded() || declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
                && Long.parseLong(declared) > maxDrainBytes) {
            refuse(rc.response().putHeader(HttpHeaders.CONNECTION, "close"), tooLarge());
            return;
        }
        long[] drained = {0};
        request.handler(chunk -> {
            drained[0] += chunk.length();
            if (drained[0] > maxDrainBytes && !rc.response().ended()) {
                refuse(rc.response().putHeader(HttpHeaders.CONNECTION, "close"), tooLarge());
            }
        });
        request.endHandler(ended -> {
            if (!rc.response().ended()) {
                refuse(rc.response(), tooLarge());
            }
        });
        request.resume();
    }

    private Refusal tooLarge() {
        long kb = maxBytes / 1024;
        return new Refusal("body", "GraphQL 请求体不能超过 " + kb + " KB，上传文件请用对应的上传接口 (a GraphQL request body is at most "
                + kb + " KB; upload files through their own endpoints)");
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].strip().split("=", 2);
            if (param[0].equals("charset") && (param.length < 2 || !param[1].strip().replace("\"", "").equals("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    /** The first thing wrong with a GraphQL request body, or null when it may go on to SmallRye. */
    static Refusal check(byte[] body) {
        boolean closed = false;
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken root = p.nextToken();
            if (root == JsonToken.START_ARRAY) {
                return new Refusal("body", "不支持批量请求，请每次只发送一个操作 (batched requests are not supported: send one operation per request)");
            }
            if (root != JsonToken.START_OBJECT) {
                return new Refusal("body", "请求体须为 JSON 对象 (the request body must be a JSON object)");
            }
            Deque<Container> open = new ArrayDeque<>();
            open.push(new Container("", true));
            boolean hasQuery = false;
            while (!open.isEmpty()) {
                JsonToken token = p.nextToken();
                Container in = open.peek();
                if (token == null) {
                    return invalid(p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                    continue;
                }
                if (token == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Refusal bad = text(in.path.isEmpty() ? "body" : in.path, key);
                    if (bad != null) {
                        return bad;
                    }
                    if (!in.keys.add(key)) {
                        String where = in.path.isEmpty() ? "请求体" : in.path;
                        return new Refusal(in.path.isEmpty() ? "body" : in.path, where + " 中的键“" + key
                                + "”重复 (duplicate key \"" + key + "\")");
                    }
                    in.key = key;
                    continue;
                }
                String path = in.child();
                if (open.size() == 1) {
                    Refusal bad = member(in.key, token);
                    if (bad != null) {
                        return bad;
                    }
                    hasQuery |= in.key.equals("query");
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (open.size() == MAX_DEPTH) {
                        return new Refusal(path, "JSON 嵌套不能超过 " + MAX_DEPTH + " 层 (JSON is nested deeper than " + MAX_DEPTH + " levels)");
                    }
                    open.push(new Container(path, token == JsonToken.START_OBJECT));
                } else if (token == JsonToken.VALUE_STRING) {
                    String value = p.getText();
                    Refusal bad = text(path, value);
                    if (bad == null && path.equals("query")) {
                        bad = queryText(value);
                    }
                    if (bad != null) {
                        return bad;
                    }
                }
            }
            closed = true;
            if (p.nextToken() != null) {
                return trailing();
            }
            return hasQuery ? null : new Refusal("query", "缺少 query (query is required)");
        } catch (JsonProcessingException e) {
            return closed ? trailing() : invalid(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        } catch (IOException e) {
            return invalid(0, 0);
        }
    }

    /** The type each member of the request has in the GraphQL-over-HTTP format; other members are ignored. */
    private static Refusal member(String key, JsonToken value) {
        return switch (key) {
            case "query" -> value == JsonToken.VALUE_STRING ? null
                    : new Refusal("query", "query 须为字符串 (query must be a string)");
            case "variables", "extensions" -> value == JsonToken.START_OBJECT || value == JsonToken.VALUE_NULL ? null
                    : new Refusal(key, key + " 须为 JSON 对象 (" + key + " must be an object)");
            case "operationName" -> value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL ? null
                    : new Refusal(key, "operationName 须为字符串 (operationName must be a string)");
            default -> null;
        };
    }

    /** NUL never reaches the database, an unpaired surrogate never becomes "?". */
    private static Refusal text(String path, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return new Refusal(path, path + " 中不能含有 NUL 字符（U+0000）(" + path + " must not contain NUL characters)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new Refusal(path, path + " 中有不成对的代理字符（U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                        + "）(" + path + " holds an unpaired surrogate)");
            }
        }
        return null;
    }

    /** A GraphQL string literal can spell NUL as an escape (backslash, then u0000 or u{0}) that JSON does not see. */
    private static Refusal queryText(String query) {
        if (query.isBlank()) {
            return new Refusal("query", "query 不能为空 (query is required)");
        }
        for (int i = 0; i + 1 < query.length(); i++) {
            if (query.charAt(i) != '\\') {
                continue;
            }
            if (query.startsWith("u0000", i + 1) || bracedZero(query, i + 2)) {
                return new Refusal("query", "query 中不能含有 NUL 字符（\\u0000）(query must not contain NUL characters)");
            }
            i++;
        }
        return null;
    }

    /** Whether the escape's "u" (just before {@code at}) is followed by braces holding only zeros. */
    private static boolean bracedZero(String query, int at) {
        if (query.charAt(at - 1) != 'u' || at >= query.length() || query.charAt(at) != '{') {
            return false;
        }
        int end = at + 1;
        while (end < query.length() && query.charAt(end) == '0') {
            end++;
        }
        return end > at + 1 && end < query.length() && query.charAt(end) == '}';
    }

    private static Refusal invalid(int line, int column) {
        String at = line > 0 ? "（第 " + line + " 行第 " + column + " 列）" : "";
        String atEn = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return new Refusal("body", "请求体不是合法的 JSON" + at + " (request body is not valid JSON" + atEn + ")");
    }

    private static Refusal trailing() {
        return new Refusal("body", "请求体的 JSON 之后还有多余内容 (unexpected content after the JSON body)");
    }

    private static void refuse(RoutingContext rc, Refusal refusal) {
        refuse(rc.response(), refusal);
    }

    private static void refuse(HttpServerResponse response, Refusal refusal) {
        LOG.debugf("GraphQL request refused: %s", refusal.message());
        JsonObject extensions = new JsonObject().put("code", "VALIDATION").put("field", refusal.field());
        JsonObject error = new JsonObject().put("message", refusal.message()).put("extensions", extensions);
        response.setStatusCode(refusal.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** An open object or array while scanning: its path (e.g. {@code variables.input.items[2]}) and, for objects, its keys. */
    private static final class Container {
        final String path;
        final boolean object;
        final Set<String> keys = new HashSet<>();
        String key;
        int index;

        Container(String path, boolean object) {
            this.path = path;
            this.object = object;
        }

        String child() {
            if (object) {
                return path.isEmpty() ? key : path + "." + key;
            }
            return path + "[" + index++ + "]";
        }
    }
}
