package cn.lvzhi.org;

import cn.lvzhi.common.TransactionSignals;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells every replica that the unit tree changed, so that each forgets what it keeps of it ({@link UnitPlaces}: places,
 * subtrees, codes, units read by id) at once rather than after their time: a change through the API announces it in
 * its transaction ({@code pg_notify}, delivered only on commit), and each replica LISTENs on one connection of its
 * own. The replica that made the change forgets at once as well, without waiting for its own announcement.
 */
@ApplicationScoped
public class UnitChanges {
    static final String CHANNEL = "lvzhi_units";
    private static final Logger LOG = Logger.getLogger(UnitChanges.class);

    private final Vertx vertx;
    private final UnitPlaces places;
    private final String url;
    private final String user;
    private final String password;
    private PgSubscriber subscriber;

    public UnitChanges(Vertx vertx, UnitPlaces places, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.places = places;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent started) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.split(",")[0].trim()).setUser(user).setPassword(password);
        // a lost connection (a database restart) is retried every few seconds; what changed meanwhile is forgotten
        // by the keepers' own time
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempt -> 2_000L);
        subscriber.channel(CHANNEL).handler(payload -> places.forgetAll());
        connect();
    }

    private void connect() {
        subscriber.connect().subscribe().with(ok -> LOG.debug("listening for unit changes"), failure -> {
            LOG.warnf("cannot listen for unit changes yet (%s); retrying", failure.getMessage());
            vertx.setTimer(2_000, id -> connect());
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    /** Announces, in the caller's transaction, that the tree changed; every replica forgets once it commits. */
    Uni<Void> announce() {
        return TransactionSignals.notifyOnCommit(CHANNEL, "");
    }
}
