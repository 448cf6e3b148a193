package cn.lvzhi.lists.comparisons;

import cn.lvzhi.common.SheetWriter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes a stored comparison report as an .xlsx sheet with Chinese headers (比对报告导出). */
public final class ComparisonExport {
    static final Map<ComparisonDifference, String> DIFFERENCES = new EnumMap<>(Map.of(
            ComparisonDifference.MISSING, "缺项", ComparisonDifference.EXTRA, "多项",
            ComparisonDifference.TYPE_DIFFERS, "权力类型不一致", ComparisonDifference.LEVEL_DIFFERS, "实施层级不一致",
            ComparisonDifference.NO_POWER_ITEM, "不对应（无权责事项）",
            ComparisonDifference.NO_SERVICE_ITEM, "不对应（无政务服务事项）"));
    static final Map<ComparisonKind, String> KINDS = new EnumMap<>(Map.of(
            ComparisonKind.CROSS_LEVEL, "上下联动比对报告", ComparisonKind.FUSION, "两单融合比对报告"));

    private ComparisonExport() {
    }

    static List<String> headers(ComparisonKind kind) {
        return kind == ComparisonKind.FUSION
                ? List.of("序号", "差异类型", "权责事项编码", "事项名称", "政务服务事项", "权责事项")
                : List.of("序号", "差异类型", "通用目录编码", "事项名称", "本级清单", "上级清单");
    }

    public static byte[] write(ListComparison report, String title, List<ListComparisonRow> rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (ListComparisonRow r : rows) {
            cells.add(java.util.Arrays.asList(r.seq, DIFFERENCES.get(r.difference), r.catalogueCode, r.itemName,
                    r.subjectValue, r.referenceValue));
        }
        return SheetWriter.table(KINDS.get(report.kind), title, headers(report.kind), cells, new int[] {6, 22, 26, 44, 24, 24});
    }
}
