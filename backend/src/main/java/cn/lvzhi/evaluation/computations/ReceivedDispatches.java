package cn.lvzhi.evaluation.computations;

import cn.lvzhi.cases.HandlingRecordsReads;
import cn.lvzhi.cases.HandlingRecordsReads.Handling;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dispatches the units received in a period, read once per read session: the four dispatch-based computations
 * of a round run in the same session over the same units and period, so they share one read instead of four.
 */
@Singleton
class ReceivedDispatches {
    private final HandlingRecordsReads handling;
    private final Map<Mutiny.StatelessSession, Map<String, Uni<List<Handling>>>> bySession =
            Collections.synchronizedMap(new WeakHashMap<>());

    ReceivedDispatches(HandlingRecordsReads handling) {
        this.handling = handling;
    }

    Uni<List<Handling>> of(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period) {
        String key = new TreeSet<>(unitIds) + " " + period;
        return bySession.computeIfAbsent(session, s -> new ConcurrentHashMap<>()).computeIfAbsent(key,
                k -> handling.received(session, unitIds, period.from(), period.until()).memoize().indefinitely());
    }
}
