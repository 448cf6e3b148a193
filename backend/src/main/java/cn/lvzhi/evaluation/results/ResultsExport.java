package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.common.SheetWriter.Formatted;
import cn.lvzhi.evaluation.schemes.LeafFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A round's results as .xlsx for the city's performance assessment (综合绩效考核): the sheet 评估结果 with one row per
 * unit (category, total, earned and applicable points, rank, change against the previous round, one column per
 * top-level aspect), and the sheet 指标明细 with every indicator of every unit (points, figure, score, reason). Chinese
 * headers; every number stays a number in its format — points {@code 0.00}, a rate {@code 0.00%}, a count with its unit
 * ({@link FigureFormat#excel}).
 */
final class ResultsExport {
    static final String RESULTS_SHEET = "评估结果";
    static final String DETAIL_SHEET = "指标明细";
    private static final int WIDE = 30;
    private static final int NARROW = 12;

    private ResultsExport() {
    }

    /**
     * The workbook of the visible rows; {@code aspects} are the top-level aspects (code, name), {@code aspectScores} each
     * unit's scores on them by unit id then code, {@code breakdowns} each unit's breakdown by unit id.
     */
    static byte[] write(EvaluationResultList results, List<String[]> aspects, Map<Long, Map<String, BigDecimal>> aspectScores,
                        Map<Long, List<ResultNode>> breakdowns) {
        String period = "（" + results.periodStart() + " 至 " + results.periodEnd() + "）" + (results.provisional() ? "（暂定）" : "");
        return SheetWriter.workbook(List.of(
                summary(results, aspects, aspectScores, results.roundName() + "评估结果" + period),
                detail(results, breakdowns, results.roundName() + "指标明细" + period)));
    }

    private static SheetWriter.Sheet summary(EvaluationResultList results, List<String[]> aspects,
                                             Map<Long, Map<String, BigDecimal>> aspectScores, String title) {
        List<String> headers = new ArrayList<>(List.of("序号", "单位编码", "单位名称", "评估类别", "综合得分", "实得分", "适用分值",
                "类别排名", "较上轮（同口径）"));
        aspects.forEach(a -> headers.add(a[1]));
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (EvaluationResultRow r : results.rows()) {
            List<Object> cells = new ArrayList<>(Arrays.asList(no++, r.unitCode(), r.unitName(), CategoryLabels.of(r.category()),
                    points(r.total()), points(r.earned()), points(r.applicable()),
                    r.rank() != null ? (Object) r.rank() : "不排名",
                    r.change() != null ? new Formatted(two(r.change()), FigureFormat.SIGNED) : r.comparison().words()));
            Map<String, BigDecimal> scores = aspectScores.getOrDefault(r.unitId(), Map.of());
            aspects.forEach(a -> cells.add(points(scores.get(a[0]))));
            rows.add(cells);
        }
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, NARROW);
        widths[0] = 6;
        widths[2] = WIDE;
        widths[8] = 16;
        return new SheetWriter.Sheet(RESULTS_SHEET, title, headers, rows, widths);
    }

    private static SheetWriter.Sheet detail(EvaluationResultList results, Map<Long, List<ResultNode>> breakdowns, String title) {
        List<String> headers = List.of("单位编码", "单位名称", "指标编码", "指标名称", "分值", "数值", "得分", "扣分（加分）原因");
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationResultRow r : results.rows()) {
            for (ResultNode n : breakdowns.getOrDefault(r.unitId(), List.of())) {
                if (!n.leaf()) {
                    continue;
                }
                LeafFigure figure = new LeafFigure(n.figureKind(), n.figureUnit());
                Object score = !n.applicable() ? "不适用" : n.score() == null ? "未评分" : points(n.score());
                rows.add(Arrays.asList(r.unitCode(), r.unitName(), n.code(), n.name(), points(n.points()),
                        n.figure() == null ? null : new Formatted(n.figure(), FigureFormat.excel(figure)), score, n.reason()));
            }
        }
        return new SheetWriter.Sheet(DETAIL_SHEET, title, headers, rows, new int[] {NARROW, WIDE, 10, WIDE, 10, NARROW, 10, 40});
    }

    /** Points as a number in the two-decimal format; null stays an empty cell. */
    private static Formatted points(BigDecimal v) {
        return v == null ? null : new Formatted(two(v), FigureFormat.POINTS);
    }

    private static BigDecimal two(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
