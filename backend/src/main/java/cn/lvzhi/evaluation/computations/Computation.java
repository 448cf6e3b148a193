package cn.lvzhi.evaluation.computations;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named computation of a COMPUTED indicator (平台数据自动计算): reads this platform's own data for units over a period
 * and gives each unit its figure with the exact rows behind it. Implementations are CDI beans, found by
 * {@link Computations} by {@link #name()}; each is documented (its description is shown to the scheme's author) and
 * table-tested on prepared data.
 */
public interface Computation {
    /** Stable name stored in schemes, e.g. {@code CASE_SATISFACTION_RATE}. */
    String name();

    /** What it counts, in Chinese first (shown when a scheme is built and in the breakdown). */
    String description();

    /** Whether the figure is a rate in [0,1] (numerator ÷ denominator) or a count. */
    FigureKind figureKind();

    /** The parameters it takes, with their types and defaults; a scheme naming others, or a badly typed value, is invalid. */
    List<ParamSpec> parameters();

    /**
     * The figures of the given units for the period, in one pass for all units (batched, not per unit). A unit with
     * nothing to count for a rate (denominator 0) gets {@link ComputedFigure#nothingToCount}: not applicable, never 0.
     * Parameters are already type-checked and defaulted.
     */
    Uni<Map<Long, ComputedFigure>> compute(Mutiny.StatelessSession session, Set<Long> unitIds, EvaluationPeriod period,
                                           Map<String, Object> params);
}
