package cn.lvzhi.evaluation.computations;

import cn.lvzhi.cases.HandlingRecordsReads.Handling;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A computation over the dispatches sent to the units in the period (the cases' handling records), judged at the time
 * of computing: subclasses turn those dispatches into figures.
 */
abstract class DispatchComputation extends BaseComputation {
    private final ReceivedDispatches received;

    DispatchComputation(String name, String description, FigureKind figureKind, ReceivedDispatches received) {
        super(name, description, figureKind, List.of());
        this.received = received;
    }

    @Override
    public Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                                  Map<String, Object> params) {
        OffsetDateTime asOf = OffsetDateTime.now();
        return received.of(session, unitIds, period).map(dispatches -> figures(unitIds, dispatches, asOf));
    }

    /** The figures of the units from the dispatches they received, as things stand at {@code asOf}. */
    abstract Map<Long, ComputedFigure> figures(Set<Long> unitIds, List<Handling> received, OffsetDateTime asOf);
}
