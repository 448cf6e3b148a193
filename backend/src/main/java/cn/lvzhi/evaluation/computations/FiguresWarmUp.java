package cn.lvzhi.evaluation.computations;

import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.StartupWarmUp;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prepares the computations when the application starts, so that the first 计算平台数据指标 of a freshly started server
 * does not pay for them: run once over a unit that does not exist, each computation's queries are translated (HQL to
 * SQL) and its classes loaded and initialised in the background, reading no rows. Measured on the demo district, a
 * cold first computation spent most of its seconds there and passed the request's 10-second limit. Nothing is written;
 * a failure is logged and leaves the computations to prepare themselves on first use. It starts once the start-up
 * warm-up has ended ({@link StartupWarmUp.Ended}), which readiness waits for and this does not: run beside it, the
 * two shared the machine's cores before the instance was ready.
 */
@ApplicationScoped
class FiguresWarmUp {
    private static final Logger LOG = Logger.getLogger(FiguresWarmUp.class);
    /** No unit has this id (ids start at 1). */
    private static final Set<Long> NO_UNIT = Set.of(0L);

    private final ReadSessions reads;
    private final Computations computations;
    private final boolean enabled;
    /** How many computations the start prepared; null until it has. */
    private volatile Integer preparedAtStart;

    FiguresWarmUp(ReadSessions reads, Computations computations,
                  @ConfigProperty(name = "lvzhi.evaluation.warm-up", defaultValue = "true") boolean enabled) {
        this.reads = reads;
        this.computations = computations;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupWarmUp.Ended event) {
        if (enabled) {
            long started = System.nanoTime();
            run().subscribe().with(
                    n -> {
                        preparedAtStart = n;
                        LOG.infof("%d evaluation computations prepared in %d ms", n, (System.nanoTime() - started) / 1_000_000);
                    },
                    e -> LOG.warnf("evaluation computations not prepared at start (they prepare on first use): %s", e.toString()));
        }
    }

    Integer preparedAtStart() {
        return preparedAtStart;
    }

    /** Runs every computation once over no unit; returns how many ran through (one failing does not stop the others). */
    Uni<Integer> run() {
        LocalDate today = LocalDate.now(EvaluationPeriod.BUSINESS_ZONE);
        EvaluationPeriod period = new EvaluationPeriod(today.withDayOfYear(1), today);
        List<Computation> all = computations.all();
        return reads.read(s -> Multi.createFrom().iterable(all)
                .onItem().transformToUniAndConcatenate(c -> Uni.createFrom().deferred(() -> c.compute(s, NO_UNIT, period, defaults(c)))
                        .map(figures -> 1)
                        .onFailure().recoverWithItem(e -> {
                            LOG.warnf("computation %s not prepared at start: %s", c.name(), e.toString());
                            return 0;
                        }))
                .collect().asList()
                .map(ran -> ran.stream().mapToInt(Integer::intValue).sum()));
    }

    private static Map<String, Object> defaults(Computation computation) {
        Map<String, Object> params = new HashMap<>();
        for (ParamSpec spec : computation.parameters()) {
            if (spec.defaultValue() != null) {
                params.put(spec.name(), spec.parse(spec.defaultValue()));
            }
        }
        return params;
    }
}
