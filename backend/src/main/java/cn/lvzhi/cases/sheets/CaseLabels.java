package cn.lvzhi.cases.sheets;

import cn.lvzhi.cases.CasePriority;
import cn.lvzhi.cases.CaseSource;
import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.cases.DispatchRole;
import cn.lvzhi.cases.stats.StatisticsGroupBy;

import java.util.Map;

/**
 * The Chinese names of the case enums in the sheets the server writes. They are the web app's labels
 * ({@code frontend/src/locales/zh-CN/enums.json}); {@code CaseLabelsTest} holds the two together.
 */
public final class CaseLabels {
    static final Map<CaseStatus, String> STATUS = Map.of(CaseStatus.REPORTED, "已上报", CaseStatus.ACCEPTED, "已受理",
            CaseStatus.DISPATCHED, "已派单", CaseStatus.IN_PROGRESS, "处置中", CaseStatus.COMPLETED, "已办结",
            CaseStatus.CLOSED, "已结案", CaseStatus.DISPUTED, "职责争议", CaseStatus.CANCELLED, "已撤销");
    static final Map<CaseSource, String> SOURCE = Map.of(CaseSource.GRID_WORKER, "网格员上报", CaseSource.UNIT, "单位上报",
            CaseSource.HOTLINE_12345, "12345热线", CaseSource.OTHER_SYSTEM, "其他系统");
    static final Map<CasePriority, String> PRIORITY = Map.of(CasePriority.LOW, "低", CasePriority.NORMAL, "一般",
            CasePriority.HIGH, "紧急", CasePriority.URGENT, "特急");
    static final Map<DispatchRole, String> ROLE = Map.of(DispatchRole.LEAD, "牵头", DispatchRole.CO_OPERATE, "协同");
    static final Map<StatisticsGroupBy, String> GROUP_BY = Map.of(StatisticsGroupBy.CATEGORY, "事件类别",
            StatisticsGroupBy.ORIGIN_UNIT, "发起单位", StatisticsGroupBy.HANDLING_UNIT, "承办单位",
            StatisticsGroupBy.MONTH, "月份", StatisticsGroupBy.WEEK, "周");

    private CaseLabels() {
    }
}
