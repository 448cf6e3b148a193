package cn.lvzhi.cases.webhooks;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Delivers the outbox ({@link WebhookDelivery}) after the steps committed: claims the due rows with
 * {@code FOR UPDATE SKIP LOCKED} under a lease (so replicas share the work and no row goes to two of them), POSTs
 * each signed body ({@link WebhookSignature}), and records the outcome under the same lease. A 2xx answer makes it
 * DELIVERED, never sent again; anything else is retried with exponential back-off until the attempts run out (DEAD).
 * A replica that dies mid-delivery loses its lease, and the row is tried again: the receiver dedupes by the event id.
 */
@ApplicationScoped
public class WebhookDeliveryJob {
    private static final Logger LOG = Logger.getLogger(WebhookDeliveryJob.class);
    private static final int BATCH = 50;
    private static final int PARALLEL = 8;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final int MAX_ERROR = 500;

    private static final String CLAIM = """
            UPDATE webhook_delivery d
               SET attempts = d.attempts + 1, leased_until = $2, lease = $3
              FROM webhook_subscription s
             WHERE s.id = d.subscription_id
               AND d.id IN (SELECT w.id FROM webhook_delivery w
                             WHERE w.status = 'PENDING' AND w.next_attempt_at <= $1
                               AND (w.leased_until IS NULL OR w.leased_until < $1)
                             ORDER BY w.next_attempt_at, w.id LIMIT $4 FOR UPDATE SKIP LOCKED)
            RETURNING d.id, d.event_id, d.payload, d.attempts, s.url, s.secret""";
    private static final String DELIVERED = """
            UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = $3, last_status_code = $4, last_error = NULL,
                   leased_until = NULL, lease = NULL
             WHERE id = $1 AND lease = $2""";
    private static final String FAILED = """
            UPDATE webhook_delivery SET status = CASE WHEN attempts >= $6 THEN 'DEAD' ELSE 'PENDING' END,
                   next_attempt_at = $3, last_status_code = $4, last_error = $5, leased_until = NULL, lease = NULL
             WHERE id = $1 AND lease = $2""";

    private final Pool pool;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration backoff;
    private final int maxAttempts;

    public WebhookDeliveryJob(Pool pool, Vertx vertx,
                              @ConfigProperty(name = "lvzhi.webhooks.timeout", defaultValue = "10s") Duration timeout,
                              @ConfigProperty(name = "lvzhi.webhooks.backoff", defaultValue = "30s") Duration backoff,
                              @ConfigProperty(name = "lvzhi.webhooks.max-attempts", defaultValue = "8") int maxAttempts) {
        this.pool = pool;
        this.timeout = timeout;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeout.toMillis()));
    }

    /** A claimed row: what to send where, and the lease that lets this run record the outcome. */
    private record Claimed(long id, long eventId, String payload, int attempts, String url, String secret, String lease) {
    }

    @Scheduled(every = "${lvzhi.webhooks.deliver-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        // a run that fails (the database out of reach) leaves its rows for the next one: one line, no stack trace
        return deliverDue().onFailure().invoke(e -> LOG.warnf("webhook delivery run failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Delivers every row due now; returns how many this caller delivered successfully. */
    public Uni<Integer> deliverDue() {
        return claim().chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(0)
                : Multi.createFrom().iterable(claimed).onItem().transformToUni(this::deliver).merge(PARALLEL)
                .collect().asList().map(ok -> (int) ok.stream().filter(Boolean::booleanValue).count())
                .chain(n -> claimed.size() < BATCH ? Uni.createFrom().item(n) : deliverDue().map(more -> n + more)));
    }

    /** The delay before attempt {@code attempts + 1}: the back-off doubled per failed attempt, at most an hour. */
    static Duration delayAfter(Duration backoff, int attempts) {
        Duration delay = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private Uni<List<Claimed>> claim() {
        OffsetDateTime now = OffsetDateTime.now();
        String lease = UUID.randomUUID().toString();
        // the lease outlasts the request's timeout, so no other replica retries a row still being sent
        OffsetDateTime until = now.plus(timeout.multipliedBy(3)).plusSeconds(30);
        return pool.preparedQuery(CLAIM).execute(Tuple.of(now, until, lease, BATCH)).map(rows -> {
            List<Claimed> claimed = new ArrayList<>();
            for (Row r : rows) {
                claimed.add(new Claimed(r.getLong("id"), r.getLong("event_id"), r.getString("payload"),
                        r.getInteger("attempts"), r.getString("url"), r.getString("secret"), lease));
            }
            return claimed;
        });
    }

    private Uni<Boolean> deliver(Claimed c) {
        long timestamp = OffsetDateTime.now().toEpochSecond();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(c.url())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader(WebhookSignature.EVENT_ID, String.valueOf(c.eventId()))
                .putHeader(WebhookSignature.TIMESTAMP, String.valueOf(timestamp))
                .putHeader(WebhookSignature.SIGNATURE, WebhookSignature.sign(c.secret(), timestamp, c.payload()));
        return http.request(request).chain(req -> req.send(c.payload()))
                .chain(resp -> resp.body().map(ignored -> resp.statusCode()))
                .ifNoItem().after(timeout).fail()
                .onItemOrFailure().transformToUni((status, failure) -> {
                    boolean ok = failure == null && status >= 200 && status < 300;
                    if (ok) {
                        return pool.preparedQuery(DELIVERED).execute(Tuple.of(c.id(), c.lease(), OffsetDateTime.now(), status))
                                .replaceWith(true);
                    }
                    String error = failure != null ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                            : "HTTP " + status;
                    LOG.debugf("webhook delivery %d attempt %d failed: %s", c.id(), c.attempts(), error);
                    OffsetDateTime next = OffsetDateTime.now().plus(delayAfter(backoff, c.attempts()));
                    return pool.preparedQuery(FAILED).execute(Tuple.tuple().addLong(c.id()).addString(c.lease())
                                    .addOffsetDateTime(next).addInteger(failure == null ? status : null)
                                    .addString(error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error)
                                    .addInteger(maxAttempts))
                            .replaceWith(false);
                });
    }
}
