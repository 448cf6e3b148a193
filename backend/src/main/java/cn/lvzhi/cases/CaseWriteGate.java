package cn.lvzhi.cases;

import cn.lvzhi.common.WriteGate;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.UniHelper;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.Supplier;

/**
 * The one gate of the case writes that end in a single statement with its COMMIT ({@link CaseReportWrite},
 * {@link RatingWrite}, {@link DispatchWrite}): {@code lvzhi.cases.writers} of those at a time per process. Every one of them appends to the
 * audit chain, whose lock is held from the append to the commit; many side by side only queue there, each waiter
 * costing the database CPU, so they queue here instead, in the order they came. Three (the default) let the others'
 * statements run while a commit waits for its WAL flush (application.properties says what two, three and four gave).
 */
@ApplicationScoped
public class CaseWriteGate {
    private final WriteGate gate;

    public CaseWriteGate(@ConfigProperty(name = "lvzhi.cases.writers") int writers) {
        this.gate = new WriteGate(writers);
    }

    /**
     * Calls {@code work} once a place is free and gives the place back when its future completes
     * ({@link WriteGate#through}). The work is a supplier of a future, not a future: a Vert.x future is already under
     * way when it exists, so a write handed over as one would run at once and only its answer would wait here.
     */
    <T> Uni<T> through(Supplier<Future<T>> work) {
        return gate.through(() -> Uni.createFrom().deferred(() -> UniHelper.toUni(work.get())));
    }
}
