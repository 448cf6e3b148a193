package cn.lvzhi.evaluation.computations;

import cn.lvzhi.cases.HandlingRecordsReads.Handling;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CASE_ON_TIME_RATE (事件办理按时率): of the dispatches sent to the unit in the period (as lead or co-operator), the share
 * replied (办结反馈) by the handling deadline. In the denominator: every such dispatch replied, or past its handling
 * deadline without a reply at the time of computing; refused dispatches and those still running within their
 * deadline are left out. The clocks are the cases' own ({@link cn.lvzhi.cases.HandlingRecordsReads}). Rows: one per dispatch.
 */
@Singleton
public class CaseOnTimeRate extends DispatchComputation {
    static final String NAME = "CASE_ON_TIME_RATE";
    static final String DESCRIPTION = "事件办理按时率：本期内派给本单位（牵头或协同）的派单中，在办理时限内办结反馈的比例。分母为已反馈或计算时已超过办理时限的派单；"
            + "退单和尚在时限内办理的派单不计。按派单时间计入期间，无可计派单时不适用。"
            + " (Share of the dispatches sent to the unit in the period that were replied by their handling deadline;"
            + " refused dispatches and those still within their deadline are left out.)";

    public CaseOnTimeRate(ReceivedDispatches received) {
        super(NAME, DESCRIPTION, FigureKind.RATE, received);
    }

    @Override
    Map<Long, ComputedFigure> figures(Set<Long> unitIds, List<Handling> received, OffsetDateTime asOf) {
        return Handlings.onTimeRate(unitIds, received, asOf);
    }
}
