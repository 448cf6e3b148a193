package cn.lvzhi.notifications;

import cn.lvzhi.common.TransactionSignals;
import cn.lvzhi.security.Actor;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The live push (实时推送) behind the bell and the board. A transaction announces on commit (PostgreSQL NOTIFY, so
 * a rolled-back change announces nothing and every replica hears every commit); each replica LISTENs on one
 * connection and hands an announcement to the open streams it holds whose person may hear it
 * ({@link NotificationAudience}). Announcements carry ids and kinds only: the client reads the text through the API.
 */
@ApplicationScoped
public class NotificationPush {
    static final String NOTIFICATION_CHANNEL = "lvzhi_notification";
    static final String CASES_CHANNEL = "lvzhi_cases";
    static final String SETTINGS_CHANNEL = "lvzhi_notification_settings";
    private static final Logger LOG = Logger.getLogger(NotificationPush.class);
    private static final Duration PING = Duration.ofSeconds(25);
    /** The most often a stream hears that cases changed ({@link #casesChanged}). */
    static final Duration CASES_AT_MOST_EVERY = Duration.ofSeconds(1);

    /** One event of a stream: its name and its JSON data. */
    public record Push(String event, String data) {
    }

    /** An open stream: whose it is, what they mute (kept current by the settings channel), where to send. */
    private static final class Listener {
        final Actor actor;
        volatile Set<String> muted;
        final MultiEmitter<? super Push> emitter;

        Listener(Actor actor, Set<String> muted, MultiEmitter<? super Push> emitter) {
            this.actor = actor;
            this.muted = muted;
            this.emitter = emitter;
        }
    }

    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
    private final Vertx vertx;
    private final String url;
    private final String user;
    private final String password;
    private PgSubscriber subscriber;
    /** Whether and when (System.nanoTime) "cases" was last sent, and whether a send waits for its window's end. */
    private boolean casesSent;
    private long casesSentAt;
    private boolean casesTimer;

    public NotificationPush(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                            @ConfigProperty(name = "quarkus.datasource.username") String user,
                            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.split(",")[0].trim()).setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options)
                // a lost connection (a database restart) is retried every few seconds, for as long as it takes
                .reconnectPolicy(attempt -> 2_000L);
        subscriber.channel(NOTIFICATION_CHANNEL).handler(this::notified);
        subscriber.channel(CASES_CHANNEL).handler(payload -> casesChanged());
        subscriber.channel(SETTINGS_CHANNEL).handler(this::settingsChanged);
        connect();
    }

    private void connect() {
        subscriber.connect().subscribe().with(ok -> LOG.debug("listening for notifications"), failure -> {
            LOG.warnf("cannot listen for notifications yet (%s); retrying", failure.getMessage());
            vertx.setTimer(2_000, id -> connect());
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        listeners.forEach(l -> l.emitter.complete());
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    /**
     * Every case write announces on {@link #CASES_CHANNEL}; a stream hears "cases" at most once per
     * {@link #CASES_AT_MOST_EVERY}: at once when it heard none in the last window, else once at the window's end for
     * all the announcements in it. Under hundreds of writes a second, each open board would otherwise be sent (and
     * would refetch) as many events; a board still hears of the last change within a window.
     */
    private synchronized void casesChanged() {
        if (casesTimer) {
            return;
        }
        long now = System.nanoTime();
        long wait = casesSentAt + CASES_AT_MOST_EVERY.toNanos() - now;
        if (!casesSent || wait <= 0) {
            sendCases(now);
        } else {
            casesTimer = true;
            vertx.setTimer(Math.max(1, wait / 1_000_000), id -> {
                synchronized (this) {
                    casesTimer = false;
                    sendCases(System.nanoTime());
                }
            });
        }
    }

    private void sendCases(long now) {
        casesSent = true;
        casesSentAt = now;
        listeners.forEach(l -> l.emitter.emit(new Push("cases", "{}")));
    }

    private void notified(String payload) {
        JsonObject n = new JsonObject(payload);
        long unit = n.getLong("unit");
        Long office = n.getLong("office");
        String kind = n.getString("kind");
        String data = new JsonObject().put("id", String.valueOf(n.getLong("id"))).put("kind", kind).encode();
        listeners.stream().filter(l -> NotificationAudience.hears(l.actor, l.muted, unit, office, kind))
                .forEach(l -> l.emitter.emit(new Push("notification", data)));
    }

    private void settingsChanged(String payload) {
        JsonObject s = new JsonObject(payload);
        String subject = s.getString("subject");
        Set<String> muted = Set.copyOf(s.getJsonArray("muted").getList());
        listeners.stream().filter(l -> l.actor.subject().equals(subject)).forEach(l -> l.muted = muted);
    }

    /**
     * The stream of {@code actor}, who mutes {@code muted}: "ready" once it listens (the client reads what it missed),
     * "notification" for each new one the actor hears, "cases" when cases changed (at most once per
     * {@link #CASES_AT_MOST_EVERY}), "ping" to keep the line open; it ends after {@code lifetime} (when the token
     * expires), and the client opens a new one with a fresh token.
     */
    Multi<Push> stream(Actor actor, Set<String> muted, Duration lifetime) {
        Multi<Push> own = Multi.createFrom().emitter(emitter -> {
            Listener l = new Listener(actor, muted, emitter);
            listeners.add(l);
            emitter.onTermination(() -> listeners.remove(l));
            emitter.emit(new Push("ready", "{}"));
        });
        Multi<Push> pings = Multi.createFrom().ticks().every(PING).map(tick -> new Push("ping", "{}"));
        return Multi.createBy().merging().streams(own, pings).select().first(lifetime);
    }

    /** Announces on {@code channel} when the caller's transaction commits. */
    static Uni<Void> announce(String channel, String payload) {
        return TransactionSignals.notifyOnCommit(channel, payload);
    }

    /** The payload telling every replica what {@code subject} now mutes. */
    static String settingsPayload(String subject, Set<String> muted) {
        return new JsonObject().put("subject", subject).put("muted", new JsonArray(muted.stream().sorted().toList())).encode();
    }
}
