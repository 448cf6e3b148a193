package cn.lvzhi.cases;

import cn.lvzhi.common.WriteGate;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.Supplier;

/**
 * The one gate of the case writes that end in a single statement with its COMMIT ({@link CaseReportWrite},
 * {@link RatingWrite}): {@code lvzhi.cases.writers} of those at a time per process. Every one of them appends to the
 * audit chain, whose lock is held from the append to the commit; side by side they only queue there, each waiter
 * costing the database CPU, so they queue here instead, in the order they came.
 */
@ApplicationScoped
public class CaseWriteGate {
    private final WriteGate gate;

    public CaseWriteGate(@ConfigProperty(name = "lvzhi.cases.writers") int writers) {
        this.gate = new WriteGate(writers);
    }

    /** Runs {@code work} once a place is free ({@link WriteGate#through}). */
    <T> Uni<T> through(Supplier<Uni<T>> work) {
        return gate.through(work);
    }
}
