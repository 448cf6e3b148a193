package cn.lvzhi.cases.sheets;

import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.Dispatch;
import cn.lvzhi.cases.DispatchStatus;
import cn.lvzhi.cases.stats.CaseStatistics;
import cn.lvzhi.cases.stats.StatisticsGroup;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.SheetWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The case sheets (案件导出, 统计报表) as a city's offices file them: Chinese headers, Beijing times as
 * 2026-12-05 14:30, counts as numbers and rates in percent with two decimals.
 */
public final class CaseSheets {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CaseSheets() {
    }

    /** What a case row names besides the case: its category's list item and the units by id. */
    record Names(Map<Long, String> categories, Map<Long, String> units) {
        String unit(Long id) {
            return id == null ? "" : units.getOrDefault(id, "");
        }
    }

    /** The filtered case list: one row per case, with the handling units of the dispatches the reader sees. */
    static byte[] cases(String title, List<Case> cases, List<List<Dispatch>> dispatches, Names names) {
        List<String> headers = List.of("序号", "案件编号", "标题", "事件类别", "来源", "紧急程度", "状态", "发起单位", "所在区域",
                "地址", "上报时间", "办理时限", "承办单位", "曾有不满意评价");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String category = c.categoryItemId == null ? c.categoryText : names.categories().getOrDefault(c.categoryItemId, c.categoryText);
            rows.add(List.of(i + 1, c.code, c.title, nullToEmpty(category), CaseLabels.SOURCE.get(c.source),
                    CaseLabels.PRIORITY.get(c.priority), CaseLabels.STATUS.get(c.status), names.unit(c.originUnitId),
                    names.unit(c.areaUnitId), nullToEmpty(c.address), time(c.reportedAt), time(c.deadline),
                    handlers(dispatches.get(i), names), c.hasUnsatisfied ? "有" : "无"));
        }
        return SheetWriter.table("案件", title, headers, rows, new int[] {6, 20, 30, 16, 10, 8, 10, 20, 16, 28, 17, 17, 36, 10});
    }

    /** 「城市管理局（牵头）、住建局（协同，已退单）」: each unit a case was dispatched to, in dispatch order, and how its hop ended when not by a reply. */
    static String handlers(List<Dispatch> dispatches, Names names) {
        return dispatches.stream().map(d -> names.unit(d.toUnitId) + "（" + CaseLabels.ROLE.get(d.role)
                        + (d.status == DispatchStatus.REFUSED ? "，已退单" : d.closedAt != null ? "，已关闭" : "") + "）")
                .collect(Collectors.joining("、"));
    }

    /** One statistics view: a row per group in the view's order, then 合计. */
    static byte[] statistics(String title, CaseStatistics stats) {
        List<String> headers = List.of("序号", CaseLabels.GROUP_BY.get(stats.groupBy()), "案件数", "派单数", "办结数", "已反馈",
                "按时反馈", "评价数", "满意", "基本满意", "不满意", "满意率(%)", "按时办结率(%)", "重办数", "重办率(%)", "回访数",
                "回访满意", "回访基本满意", "回访不满意", "回访满意率(%)", "满意率排名");
        List<List<Object>> rows = new ArrayList<>();
        Function<StatisticsGroup, List<Object>> figures = g -> {
            List<Object> row = new ArrayList<>(List.of(g.cases, g.dispatches, g.closed, g.replied, g.onTime, g.ratings,
                    g.satisfied, g.basicallySatisfied, g.unsatisfied));
            row.add(percent(g.satisfactionRate));
            row.add(percent(g.onTimeRate));
            row.add(g.reopened);
            row.add(percent(g.reopenRate));
            row.addAll(List.of(g.visits, g.visitSatisfied, g.visitBasicallySatisfied, g.visitUnsatisfied));
            row.add(percent(g.visitSatisfactionRate));
            return row;
        };
        List<StatisticsGroup> groups = stats.groups();
        for (int i = 0; i < groups.size(); i++) {
            StatisticsGroup g = groups.get(i);
            List<Object> row = new ArrayList<>(List.of(i + 1, g.label));
            row.addAll(figures.apply(g));
            row.add(g.rank == null ? "样本不足，不排名" : g.rank);
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of("", "合计"));
        total.addAll(figures.apply(stats.totals()));
        total.add("");
        rows.add(total);
        return SheetWriter.table("统计", title, headers, rows, new int[] {6, 24, 9, 9, 9, 9, 9, 9, 8, 9, 8, 11, 13, 8, 10, 8, 9, 12, 11, 13, 14});
    }

    /** A rate (0..1) as a percentage with two decimals (96.07), or 「—」 when there is nothing to rate. */
    static Object percent(Double rate) {
        return rate == null ? "—" : BigDecimal.valueOf(rate).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    static String time(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(DateRanges.ZONE).format(TIME);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
