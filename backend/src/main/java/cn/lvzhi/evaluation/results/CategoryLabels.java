package cn.lvzhi.evaluation.results;

import cn.lvzhi.evaluation.EvaluationCategory;

import java.util.EnumMap;
import java.util.Map;

/** The Chinese names of the evaluation categories (评估类别) as the letter and the export print them. */
final class CategoryLabels {
    private static final Map<EvaluationCategory, String> LABELS = new EnumMap<>(Map.of(
            EvaluationCategory.LAW_ENFORCEMENT, "执法监管类", EvaluationCategory.SOCIAL_MANAGEMENT, "社会管理类",
            EvaluationCategory.LIVELIHOOD, "民生保障类", EvaluationCategory.SAFETY_ENVIRONMENT, "安全环保类",
            EvaluationCategory.ECONOMIC_DEVELOPMENT, "经济发展类", EvaluationCategory.GENERAL_SUPPORT, "综合保障类",
            EvaluationCategory.TOWNSHIP, "乡镇（街道）"));

    private CategoryLabels() {
    }

    static String of(EvaluationCategory category) {
        return LABELS.get(category);
    }
}
