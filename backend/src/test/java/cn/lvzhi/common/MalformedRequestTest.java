package cn.lvzhi.common;

import cn.lvzhi.security.Role;
import cn.lvzhi.testing.Cases;
import cn.lvzhi.testing.Gql;
import cn.lvzhi.testing.Keycloak;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Whatever a careless or hostile client sends to {@code /graphql}, a body that is not one well-formed GraphQL request
 * gets HTTP 400 (415 for a non-JSON type) with a VALIDATION error naming what is wrong, no Java class in the message
 * and no stack trace in the log; a well-formed request still runs.
 */
@QuarkusTest
class MalformedRequestTest {
    static final String ME = "{ me { subject } }";
    static final ObjectMapper JSON = new ObjectMapper();
    /** The Content-Type exactly as given (RestAssured would otherwise add a charset). */
    static final RestAssuredConfig AS_SENT = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @TestHTTPResource("/graphql")
    URI graphql;

    /** Every log record the service writes while a test runs. */
    final List<LogRecord> logged = new ArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("").removeHandler(capture);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String nested(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }

    static Stream<Arguments> malformedBodies() {
        Map<String, Object> report = new HashMap<>(Cases.report());
        report.put("title", "噪声\u0000扰民");
        return Stream.of(
                arguments("variables as a string", "{\"query\":\"" + ME + "\",\"variables\":\"{}\"}", "variables", "variables must be an object"),
                arguments("variables as an array", "{\"query\":\"" + ME + "\",\"variables\":[1]}", "variables", "variables must be an object"),
                arguments("JSON nested 1,000 levels", "{\"query\":\"query($v: String) { me { subject } }\",\"variables\":{\"v\":"
                        + nested(1000) + "}}", "variables.v" + "[0]".repeat(GraphQLRequestGuard.MAX_DEPTH - 2), "deeper than 32 levels"),
                arguments("malformed JSON", "{\"query\": \"" + ME + "\"", "body", "not valid JSON"),
                arguments("a bare word", "me", "body", "not valid JSON (line 1, column"),
                arguments("garbage after the body", "{\"query\":\"" + ME + "\"} trailing", "body", "unexpected content after the JSON body"),
                arguments("a second body after the first", "{\"query\":\"" + ME + "\"}{\"query\":\"" + ME + "\"}", "body",
                        "unexpected content after the JSON body"),
                arguments("a batch", "[{\"query\":\"" + ME + "\"},{\"query\":\"" + ME + "\"}]", "body", "batched requests are not supported"),
                arguments("a string body", "\"" + ME + "\"", "body", "must be a JSON object"),
                arguments("an empty body", "", "body", "the request body is empty"),
                arguments("no query", "{\"variables\":{}}", "query", "query is required"),
                arguments("a blank query", "{\"query\":\"  \"}", "query", "query is required"),
                arguments("query as a number", "{\"query\":42}", "query", "query must be a string"),
                arguments("query as null", "{\"query\":null}", "query", "query must be a string"),
                arguments("operationName as a number", "{\"query\":\"" + ME + "\",\"operationName\":1}", "operationName",
                        "operationName must be a string"),
                arguments("extensions as a string", "{\"query\":\"" + ME + "\",\"extensions\":\"x\"}", "extensions", "extensions must be an object"),
                arguments("a duplicate key", "{\"query\":\"" + ME + "\",\"query\":\"{ __typename }\"}", "body", "duplicate key \"query\""),
                arguments("NUL in a text field", json(Map.of("query", Cases.REPORT, "variables", Map.of("i", report))), "variables.i.title",
                        "must not contain NUL characters"),
                arguments("NUL escaped in the query text", json(Map.of("query", "{ unitByCode(code: \"A\\u0000\") { code } }")), "query",
                        "must not contain NUL characters"),
                arguments("NUL in braces in the query text", json(Map.of("query", "{ unitByCode(code: \"A\\u{00}\") { code } }")), "query",
                        "must not contain NUL characters"),
                arguments("a lone surrogate", "{\"query\":\"query($c: String!) { unitByCode(code: $c) { code } }\",\"variables\":{\"c\":\"A\\ud800\"}}",
                        "variables.c", "unpaired surrogate"),
                arguments("invalid UTF-8", "{\"query\":\"{ me { subject } }\",\"x\":\"\u00ff\"}", "body", "not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void malformedBodyIsRefusedWithValidation(String what, String body, String field, String message) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (what.equals("invalid UTF-8")) {
            // ÿ as a single Latin-1 byte: not UTF-8
            bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        }
        JsonPath error = refused(400, send("application/json", bytes));
        assertEquals(field, error.getString("errors[0].extensions.field"), error::prettify);
        assertTrue(error.getString("errors[0].message").contains(message), error::prettify);
    }

    @Test
    void bodiesLargerThanTheCapAreRefusedWhetherDeclaredOrChunked() throws Exception {
        String large = "{\"query\":\"" + ME + "\",\"pad\":\"" + " ".repeat(1024 * 1024) + "\"}";
        JsonPath declared = refused(400, send("application/json", large.getBytes(StandardCharsets.UTF_8)));
        assertTrue(declared.getString("errors[0].message").contains("at most 512 KB"), declared::prettify);
        refused(400, send("application/json", new byte[7 * 1024 * 1024]));

        // no Content-Length: the body handler counts the chunks as they come
        HttpResponse<String> chunked = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(graphql).header("Authorization", "Bearer " + Keycloak.tokenFor(Role.LEADER))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, chunked.statusCode(), chunked::body);
        assertEquals("VALIDATION", new JsonPath(chunked.body()).getString("errors[0].extensions.code"), chunked::body);

        // beyond any body the service reads (25 MB declared; uploads stop at 21 MB), the answer comes before a byte of it is sent
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Keycloak.tokenFor(Role.LEADER) + "\r\nContent-Length: " + 25 * 1024 * 1024
                    + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            DataInputStream in = new DataInputStream(socket.getInputStream());
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 400", head);
            StringBuilder rest = new StringBuilder();
            while (!rest.toString().contains("at most 512 KB")) {
                int b = in.read();
                assertTrue(b >= 0, rest::toString);
                rest.append((char) b);
            }
        }
        assertQuietLog();

        // just under the cap is still a request
        String fits = "{\"query\":\"" + ME + "\",\"pad\":\"" + " ".repeat(500 * 1024) + "\"}";
        Gql.data(Gql.ok(send("application/json", fits.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        byte[] query = ME.getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/graphql", "text/plain", "application/json; charset=iso-8859-1")) {
            JsonPath error = refused(415, send(type, query));
            assertEquals("Content-Type", error.getString("errors[0].extensions.field"));
        }
        JsonPath none = refused(415, RestAssured.given().config(AS_SENT).auth().oauth2(Keycloak.tokenFor(Role.LEADER)).body(query).post("/graphql"));
        assertTrue(none.getString("errors[0].message").contains("application/json"), none::prettify);
    }

    @Test
    void aWellFormedRequestStillRuns() {
        String subject = "data.me.subject";
        assertFalse(Gql.data(Gql.ok(send("application/json", json(Map.of("query", ME)).getBytes(StandardCharsets.UTF_8))))
                .getString(subject).isEmpty());
        String full = "{\"query\":\"query Who { me { subject } }\",\"operationName\":\"Who\",\"variables\":null,\"extensions\":{}}";
        Gql.data(Gql.ok(send("application/json; charset=UTF-8", full.getBytes(StandardCharsets.UTF_8))));
        // Chinese text, escaped or not, and a surrogate pair (an emoji) are ordinary text
        String text = "{\"query\":\"query($c: String!) { units(first: 1, filter: {nameContains: $c}) { totalCount } }\",\"variables\":{\"c\":\"街道\\ud83d\\ude00 🙂\"}}";
        Gql.data(Gql.ok(send("application/json", text.getBytes(StandardCharsets.UTF_8))));
        assertQuietLog();
    }

    @Test
    void anAnonymousCallerIsRefusedBeforeTheBodyIsLookedAt() {
        RestAssured.given().contentType("application/json").body("{\"query\":").post("/graphql").then().statusCode(401);
    }

    static Response send(String contentType, byte[] body) {
        return RestAssured.given().config(AS_SENT).auth().oauth2(Keycloak.tokenFor(Role.LEADER))
                .contentType(contentType).body(body).post("/graphql");
    }

    /** Asserts the refusal: status, GraphQL-shaped VALIDATION error, no data, no Java class; and a quiet log. */
    JsonPath refused(int status, Response response) {
        response.then().statusCode(status).contentType("application/json");
        JsonPath body = response.jsonPath();
        assertEquals(1, body.getList("errors").size(), body::prettify);
        assertEquals("VALIDATION", body.getString("errors[0].extensions.code"), body::prettify);
        assertNull(body.get("data"), body::prettify);
        String message = body.getString("errors[0].message");
        assertTrue(message.matches("(?s).*\\p{IsHan}.*\\(.*[a-zA-Z].*\\)$"), () -> "Chinese, then English in parentheses: " + message);
        assertFalse(message.matches(".*\\b(java|com|io|org|cn)\\.[a-z]+\\..*") || message.contains("Exception"), message);
        assertQuietLog();
        return body;
    }

    /** At most one line per refused request, and never a stack trace. */
    void assertQuietLog() {
        synchronized (logged) {
            // a slow machine's blocked-thread warnings carry a trace too, but say nothing about these requests
            logged.removeIf(record -> record.getLoggerName().endsWith("BlockedThreadChecker"));
            for (LogRecord record : logged) {
                assertNull(record.getThrown(), () -> "stack trace logged: " + record.getLoggerName() + " " + record.getMessage()
                        + " " + Arrays.toString(record.getThrown().getStackTrace()));
            }
            assertTrue(logged.size() <= 1, () -> "log lines: " + logged.stream().map(LogRecord::getMessage).toList());
            logged.clear();
        }
    }
}
