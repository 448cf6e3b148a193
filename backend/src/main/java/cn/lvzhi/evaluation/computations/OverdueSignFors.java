package cn.lvzhi.evaluation.computations;

import cn.lvzhi.cases.HandlingRecordsReads.Handling;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OVERDUE_SIGN_FORS (超期签收次数): the dispatches sent to the unit in the period whose sign-for clock was broken — signed
 * after the sign-for deadline, or still unsigned once it passed (at the time of computing). Refused dispatches are not
 * counted. Rows: one per late dispatch, with how late.
 */
@Singleton
public class OverdueSignFors extends DispatchComputation {
    static final String NAME = "OVERDUE_SIGN_FORS";
    static final String DESCRIPTION = "超期签收次数：本期内派给本单位的派单中，超过签收时限才签收、或计算时已过签收时限仍未签收的派单数；退单不计。按派单时间计入期间。"
            + " (Number of dispatches sent to the unit in the period signed for after the deadline, or still unsigned"
            + " past it; refused dispatches are not counted.)";

    public OverdueSignFors(ReceivedDispatches received) {
        super(NAME, DESCRIPTION, FigureKind.COUNT, received);
    }

    @Override
    Map<Long, ComputedFigure> figures(Set<Long> unitIds, List<Handling> received, OffsetDateTime asOf) {
        return Handlings.lateCount(unitIds, received, h -> h.signFor(asOf), h -> Handlings.lateSignFor(h, asOf));
    }
}
