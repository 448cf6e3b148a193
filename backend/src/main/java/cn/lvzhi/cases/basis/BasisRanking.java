package cn.lvzhi.cases.basis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the power items (权责事项) of a hop's department are ranked as its suggested legal basis: first by how many
 * cases of the same category the department already handled under the item (what colleagues chose before), then by
 * the wording the item shares with the case's category and the department's duty in it (two-character terms of the
 * Chinese text, leaving out words every power item uses), then by code. Items with neither are not suggested.
 */
public final class BasisRanking {
    /** The most suggestions shown. */
    public static final int LIMIT = 5;

    /** Two-character terms too common in power items to tell one from another. */
    private static final Set<String> COMMON = Set.of("处罚", "检查", "监督", "管理", "行政", "违法", "规定", "单位", "情况",
            "实施", "依法", "责任", "事项", "有关", "相关", "工作", "治理", "综合", "进行", "以及", "或者", "国家", "标准");

    /** A candidate item: id, code and name. */
    public record Candidate(long id, String code, String name) {
    }

    /** A ranked suggestion: the item, the cases of the category under it, the terms it shares, and why in words. */
    public record Ranked(long itemId, int casesOfCategory, List<String> sharedTerms, List<String> reasons) {
    }

    private BasisRanking() {
    }

    /** The two-character terms of a text, in order, without repeats and without common ones. */
    public static List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.isIdeographic(a) && Character.isIdeographic(b)) {
                String t = "" + a + b;
                if (!COMMON.contains(t)) {
                    out.add(t);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Ranks the candidates for a case of {@code categoryName} whose department's duty in that category is
     * {@code duty} (may be null); {@code usage} counts the category's earlier cases per item id.
     */
    public static List<Ranked> rank(String categoryName, String duty, List<Candidate> candidates, Map<Long, Integer> usage) {
        Set<String> wanted = new LinkedHashSet<>(terms(categoryName));
        wanted.addAll(terms(duty));
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            int cases = usage.getOrDefault(c.id(), 0);
            List<String> shared = terms(c.name()).stream().filter(wanted::contains).toList();
            if (cases == 0 && shared.isEmpty()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (cases > 0) {
                reasons.add("同类事件已有 " + cases + " 件以此事项为依据");
            }
            if (!shared.isEmpty()) {
                reasons.add("与事件类别“" + categoryName + "”共有词语：" + String.join("、", shared));
            }
            ranked.add(new Ranked(c.id(), cases, shared, reasons));
        }
        Map<Long, String> codes = new java.util.HashMap<>();
        candidates.forEach(c -> codes.put(c.id(), c.code()));
        ranked.sort(Comparator.comparingInt(Ranked::casesOfCategory).reversed()
                .thenComparing(Comparator.comparingInt((Ranked r) -> r.sharedTerms().size()).reversed())
                .thenComparing(r -> codes.get(r.itemId())));
        return ranked.size() > LIMIT ? ranked.subList(0, LIMIT) : ranked;
    }
}
