package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.SheetWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A round's results as .xlsx for the city's performance assessment (综合绩效考核): one row per unit with its category,
 * total and rank, and one column per top-level aspect; Chinese headers, points rounded to two decimals.
 */
final class ResultsExport {
    private ResultsExport() {
    }

    /**
     * The sheet of the visible rows; {@code aspects} are the top-level aspects (code, name), {@code aspectScores} each
     * unit's scores on them by unit id then code.
     */
    static byte[] write(EvaluationResultList results, List<String[]> aspects, Map<Long, Map<String, BigDecimal>> aspectScores) {
        List<String> headers = new ArrayList<>(List.of("序号", "单位编码", "单位名称", "评估类别", "综合得分", "类别排名"));
        aspects.forEach(a -> headers.add(a[1]));
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (EvaluationResultRow r : results.rows()) {
            List<Object> cells = new ArrayList<>(Arrays.asList(no++, r.unitCode(), r.unitName(), CategoryLabels.of(r.category()),
                    two(r.total()), r.rank() != null ? (Object) r.rank() : "不排名"));
            Map<String, BigDecimal> scores = aspectScores.getOrDefault(r.unitId(), Map.of());
            aspects.forEach(a -> cells.add(two(scores.get(a[0]))));
            rows.add(cells);
        }
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 14);
        widths[2] = 30;
        String title = results.roundName() + "评估结果（" + results.periodStart() + " 至 " + results.periodEnd() + "）"
                + (results.provisional() ? "（暂定）" : "");
        return SheetWriter.table("评估结果", title, headers, rows, widths);
    }

    private static BigDecimal two(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
