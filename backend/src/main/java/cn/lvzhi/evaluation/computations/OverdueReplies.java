package cn.lvzhi.evaluation.computations;

import cn.lvzhi.cases.HandlingRecordsReads.Handling;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OVERDUE_REPLIES (超期反馈次数): the dispatches sent to the unit in the period whose handling clock was broken — replied
 * (办结反馈) after the handling deadline, or not replied once it passed (at the time of computing). Refused dispatches
 * are not counted. Rows: one per late dispatch, with how late.
 */
@Singleton
public class OverdueReplies extends DispatchComputation {
    static final String NAME = "OVERDUE_REPLIES";
    static final String DESCRIPTION = "超期反馈次数：本期内派给本单位的派单中，超过办理时限才办结反馈、或计算时已过办理时限仍未反馈的派单数；退单不计。按派单时间计入期间。"
            + " (Number of dispatches sent to the unit in the period replied after the handling deadline, or not"
            + " replied past it; refused dispatches are not counted.)";

    public OverdueReplies(ReceivedDispatches received) {
        super(NAME, DESCRIPTION, FigureKind.COUNT, received);
    }

    @Override
    Map<Long, ComputedFigure> figures(Set<Long> unitIds, List<Handling> received, OffsetDateTime asOf) {
        return Handlings.lateCount(unitIds, received, h -> h.reply(asOf), h -> Handlings.lateReply(h, asOf, true));
    }
}
