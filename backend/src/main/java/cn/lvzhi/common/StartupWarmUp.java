package cn.lvzhi.common;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.jose4j.jwt.JwtClaims;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first request after a start used to pay for everything a JVM does once: the GraphQL engine's lazy set-up, the
 * first document parsed and validated, Hibernate Reactive's first query, the SQL path's first statement, thousands of
 * classes loaded and run cold (issue 15: over a second, against 200 ms). So before the instance reports ready, it sends
 * itself a few representative requests over loopback, through the real HTTP routes: the leader's case lists and one
 * case (each to the engine first, sent there by the header {@code Lvzhi-Engine: graphql}, then to the one-statement SQL
 * path of {@code JsonReads}, which answers such reads), {@code me}, and a {@code reportCase} whose title is too long, refused by the input rules before any
 * resolver runs. Reads only and a VALIDATION refusal: nothing is written, nothing reaches the audit trail (only a
 * FORBIDDEN refusal does, and a leader of the top unit is refused nothing read here).
 * <p>
 * The requests carry no token: they authenticate with their own scheme holding a secret drawn at start, known only to this
 * process and forgotten when the warm-up ends, accepted only from a loopback address; they act as a leader of the top
 * unit under a subject no Keycloak token carries. Readiness stays DOWN until the warm-up has ended (a failure is
 * logged and ends it too: a cold first request is better than an instance never ready).
 * <p>
 * Its end is announced ({@link Ended}, at the start itself when the warm-up is off): start-up work that readiness
 * does not wait for starts from there, not beside it, so that the two do not share the machine's cores while the
 * instance is not yet ready (issue 15: the evaluation computations' preparation ran beside the warm-up and slowed
 * it; docs/benchmark.md, stop 38).
 */
@ApplicationScoped
public class StartupWarmUp implements HttpAuthenticationMechanism {
    /** The Authorization scheme of the warm-up's requests (a request without that header is refused before any mechanism). */
    static final String SCHEME = "LvzhiWarmUp ";
    static final String SUBJECT = "lvzhi:startup-warm-up";
    private static final Logger LOG = Logger.getLogger(StartupWarmUp.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String LIST = "query WarmUpList($st: [CaseStatus!]) { cases(first: 50, filter: {statuses: $st}) "
            + "{ totalCount pageInfo { hasNextPage } edges { node { id code title status priority source reportedAt "
            + "address originUnit { id code name kind } } } } }";
    private static final String TREES = "query WarmUpTrees { cases(first: 20) { edges { node { id code status "
            + "dispatches { id status role sentAt toUnit { id code name } } } } } }";
    private static final String ONE = "query WarmUpCase($id: ID!) { case(id: $id) { id code title status version "
            + "originUnit { id name } areaUnit { id name } dispatches { id role status fromUnit { id name } "
            + "toUnit { id name } } ratings { id level } } }";
    /** Sends a read to the GraphQL engine even where {@code graph.JsonReads} would answer it (its header). */
    private static final String ENGINE_HEADER = "Lvzhi-Engine";
    private static final String ME = "query WarmUpMe { me { subject displayName roles unit { id code name } } }";
    private static final String REFUSED = "mutation WarmUpRefused($in: ReportCaseInput!) { reportCase(input: $in) { case { id } } }";
    private static final Pattern FIRST_ID = Pattern.compile("\"node\":\\{\"id\":\"(\\d+)\"");

    /** The warm-up has ended, with {@code answered} requests answered as expected (0: skipped, off or ended early). */
    public record Ended(int answered) {
    }

    private final Pool pool;
    private final Event<Ended> ended;
    private final boolean enabled;
    private final int port;
    private volatile String secret;
    private volatile boolean done;
    private volatile int answered;

    public StartupWarmUp(Pool pool, Event<Ended> ended, @ConfigProperty(name = "lvzhi.warm-up", defaultValue = "true") boolean enabled,
                         @ConfigProperty(name = "quarkus.http.port") int port,
                         @ConfigProperty(name = "quarkus.http.test-port") int testPort) {
        this.pool = pool;
        this.ended = ended;
        this.enabled = enabled;
        this.port = LaunchMode.current() == LaunchMode.TEST ? testPort : port;
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.done = !enabled;
    }

    /** After the other start-up work (the demo data among it), off the start thread: the HTTP server listens by then. */
    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (enabled) {
            Thread thread = new Thread(this::run, "lvzhi-warm-up");
            thread.setDaemon(true);
            thread.start();
        } else {
            announceEnd();
        }
    }

    /** Tells the observers of {@link Ended}; one failing is logged and stops neither the others' start nor readiness. */
    private void announceEnd() {
        try {
            ended.fire(new Ended(answered));
        } catch (RuntimeException e) {
            LOG.warnf("after the start-up warm-up: %s", e.toString());
        }
    }

    boolean done() {
        return done;
    }

    /** How many requests the warm-up sent, each answered as expected; 0 when it was skipped or ended early. */
    int answered() {
        return answered;
    }

    private void run() {
        long started = System.nanoTime();
        try {
            String unit = topUnit();
            if (unit == null) {
                LOG.info("start-up warm-up skipped: no unit yet");
                return;
            }
            Requests requests = new Requests(port, unit);
            String list = requests.read(LIST, "{\"st\":[\"CLOSED\"]}", true);
            requests.read(LIST, "{\"st\":[\"CLOSED\"]}", false);
            requests.read(TREES, "{}", true);
            requests.read(TREES, "{}", false);
            Matcher id = FIRST_ID.matcher(list);
            if (id.find()) {
                requests.read(ONE, "{\"id\":\"" + id.group(1) + "\"}", true);
                requests.read(ONE, "{\"id\":\"" + id.group(1) + "\"}", false);
            }
            requests.read(ME, "{}", false);
            String refused = requests.send(REFUSED, "{\"in\":{\"title\":\"" + "预热".repeat(101)
                    + "\",\"description\":\"-\",\"address\":\"-\"}}", false);
            if (!refused.contains("\"VALIDATION\"")) {
                throw new IllegalStateException("the refused report was not refused: " + refused);
            }
            answered = requests.sent;
            LOG.infof("start-up warm-up: %d requests in %d ms", answered, (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("start-up warm-up ended early (the first requests pay for it): %s", e.toString());
        } finally {
            secret = null;
            done = true;
            announceEnd();
        }
    }

    /** The code of the top unit (the first without a parent), or null while there is none. */
    private String topUnit() {
        List<Row> rows = pool.query("select code from unit where parent_id is null order by id limit 1").execute()
                .await().atMost(TIMEOUT).stream().toList();
        return rows.isEmpty() ? null : rows.get(0).getString(0);
    }

    /** The warm-up's requests, one after the other, as the HTTP clients of the product send them. */
    private final class Requests {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        private final URI uri;
        private final String unit;
        private int sent;

        Requests(int port, String unit) {
            this.uri = URI.create("http://127.0.0.1:" + port + "/graphql");
            this.unit = unit;
        }

        /** A read, to the engine or as any other (the SQL path where it answers): its data, no error. */
        String read(String query, String variables, boolean engine) throws Exception {
            String answer = send(query, variables, engine);
            if (!answer.startsWith("{\"data\":{") || answer.contains("\"errors\"")) {
                throw new IllegalStateException("unexpected answer: " + answer.substring(0, Math.min(200, answer.length())));
            }
            return answer;
        }

        String send(String query, String variables, boolean engine) throws Exception {
            String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":" + variables + "}";
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
                    .header("Authorization", SCHEME + secret + " " + unit);
            if (engine) {
                builder.header(ENGINE_HEADER, "graphql");
            }
            HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response;
            for (long deadline = System.nanoTime() + TIMEOUT.toNanos(); ; Thread.sleep(50)) {
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    break;
                } catch (ConnectException notListeningYet) {
                    if (System.nanoTime() > deadline) {
                        throw notListeningYet;
                    }
                }
            }
            sent++;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + query.substring(0, 24));
            }
            return response.body();
        }
    }

    // ---- the warm-up's own requests: the secret (while it lasts), from loopback only

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        String current = secret;
        if (header == null || current == null || !header.startsWith(SCHEME) || !loopback(context)) {
            return Uni.createFrom().nullItem();
        }
        String[] parts = header.substring(SCHEME.length()).split(" ", 2);
        if (parts.length != 2 || !MessageDigest.isEqual(current.getBytes(), parts[0].getBytes())) {
            LOG.warnf("a request with a wrong warm-up secret refused (from %s)", context.request().remoteAddress());
            return Uni.createFrom().nullItem();
        }
        JwtClaims claims = new JwtClaims();
        claims.setSubject(SUBJECT);
        claims.setClaim("preferred_username", SUBJECT);
        claims.setClaim("name", "启动预热 (start-up warm-up)");
        claims.setClaim("unit", parts[1]);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(claims, null))
                .addRole("leader")
                .build());
    }

    private static boolean loopback(RoutingContext context) {
        try {
            return InetAddress.getByName(context.request().remoteAddress().hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** After the OIDC bearer mechanism: a request with a token never gets here. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY - 100;
    }

    /** DOWN while the warm-up runs. */
    @Readiness
    @ApplicationScoped
    static class Check implements HealthCheck {
        private final StartupWarmUp warmUp;

        Check(StartupWarmUp warmUp) {
            this.warmUp = warmUp;
        }

        @Override
        public HealthCheckResponse call() {
            boolean done = warmUp.done();
            return HealthCheckResponse.named("Start-up warm-up").status(done).withData("warm-up", done ? "done" : "running").build();
        }
    }
}
