package cn.lvzhi.cases.sheets;

import cn.lvzhi.cases.AppealStatus;
import cn.lvzhi.cases.CaseEventKind;
import cn.lvzhi.cases.CasePriority;
import cn.lvzhi.cases.CaseSource;
import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.cases.DispatchRole;
import cn.lvzhi.cases.DispatchStatus;
import cn.lvzhi.cases.RatingLevel;
import cn.lvzhi.cases.stats.StatisticsGroupBy;

import java.util.Map;

/**
 * The Chinese names of the case enums in the sheets and documents the server writes. They are the web app's labels
 * ({@code frontend/src/locales/zh-CN/enums.json}); {@code CaseLabelsTest} holds the two together.
 */
public final class CaseLabels {
    public static final Map<CaseStatus, String> STATUS = Map.of(CaseStatus.REPORTED, "已上报", CaseStatus.ACCEPTED, "已受理",
            CaseStatus.DISPATCHED, "已派单", CaseStatus.IN_PROGRESS, "处置中", CaseStatus.COMPLETED, "已办结",
            CaseStatus.CLOSED, "已结案", CaseStatus.DISPUTED, "职责争议", CaseStatus.CANCELLED, "已撤销");
    public static final Map<CaseSource, String> SOURCE = Map.of(CaseSource.GRID_WORKER, "网格员上报", CaseSource.UNIT, "单位上报",
            CaseSource.HOTLINE_12345, "12345热线", CaseSource.OTHER_SYSTEM, "其他系统");
    public static final Map<CasePriority, String> PRIORITY = Map.of(CasePriority.LOW, "低", CasePriority.NORMAL, "一般",
            CasePriority.HIGH, "紧急", CasePriority.URGENT, "特急");
    public static final Map<DispatchRole, String> ROLE = Map.of(DispatchRole.LEAD, "牵头", DispatchRole.CO_OPERATE, "协同");
    public static final Map<StatisticsGroupBy, String> GROUP_BY = Map.of(StatisticsGroupBy.CATEGORY, "事件类别",
            StatisticsGroupBy.ORIGIN_UNIT, "发起单位", StatisticsGroupBy.HANDLING_UNIT, "承办单位",
            StatisticsGroupBy.MONTH, "月份", StatisticsGroupBy.WEEK, "周");
    public static final Map<DispatchStatus, String> DISPATCH_STATUS = Map.of(DispatchStatus.SENT, "待签收",
            DispatchStatus.SIGNED, "已签收", DispatchStatus.REPLIED, "已反馈", DispatchStatus.RATED, "已评价",
            DispatchStatus.REFUSED, "已退单");
    public static final Map<RatingLevel, String> RATING = Map.of(RatingLevel.SATISFIED, "满意",
            RatingLevel.BASICALLY_SATISFIED, "基本满意", RatingLevel.UNSATISFIED, "不满意");
    public static final Map<AppealStatus, String> APPEAL_STATUS = Map.of(AppealStatus.PENDING, "待处理",
            AppealStatus.UPHELD, "维持原评价", AppealStatus.REVISED, "已改评");
    public static final Map<CaseEventKind, String> EVENT = Map.ofEntries(Map.entry(CaseEventKind.REPORTED, "上报"),
            Map.entry(CaseEventKind.ACCEPTED, "受理"), Map.entry(CaseEventKind.DISPATCHED, "派单"),
            Map.entry(CaseEventKind.SIGNED, "签收"), Map.entry(CaseEventKind.REFUSED, "退单"),
            Map.entry(CaseEventKind.REPLIED, "办结反馈"), Map.entry(CaseEventKind.RATED, "评价"),
            Map.entry(CaseEventKind.REMINDED, "催办"), Map.entry(CaseEventKind.APPEALED, "申诉"),
            Map.entry(CaseEventKind.APPEAL_DECIDED, "申诉处理"), Map.entry(CaseEventKind.DISPUTED, "职责争议"),
            Map.entry(CaseEventKind.COMPLETED, "办结"), Map.entry(CaseEventKind.CLOSED, "结案"),
            Map.entry(CaseEventKind.CANCELLED, "撤销"), Map.entry(CaseEventKind.OVERDUE, "超期"),
            Map.entry(CaseEventKind.HOP_CLOSED, "环节关闭"), Map.entry(CaseEventKind.DEADLINE_WARNED, "临期提醒"),
            Map.entry(CaseEventKind.ESCALATED, "督办"), Map.entry(CaseEventKind.REOPENED, "重办"),
            Map.entry(CaseEventKind.REVISITED, "回访"));

    private CaseLabels() {
    }
}
