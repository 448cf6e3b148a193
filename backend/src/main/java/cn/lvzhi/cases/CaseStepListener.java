package cn.lvzhi.cases;

import io.smallrye.mutiny.Uni;

/**
 * Hears every step a case's timeline gains ({@link CaseTrail#record}), in the transaction of the step: what a case
 * change must set off — a notice to the units concerned, a callback to the system the case came from — hangs here
 * instead of on each operation, so no path that writes a step can forget it.
 */
public interface CaseStepListener {
    /** Called after {@code step} is persisted; a failure rolls the change back. */
    Uni<Void> stepped(CaseEvent step);
}
