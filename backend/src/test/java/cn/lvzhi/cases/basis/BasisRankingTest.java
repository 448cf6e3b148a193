package cn.lvzhi.cases.basis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a department's power items are ranked as the suggested basis of a case of a category. */
class BasisRankingTest {
    static final BasisRanking.Candidate NOISE = new BasisRanking.Candidate(9, "QH-D10-QL-0009", "对噪声或者边界噪声超过国家规定标准的处罚");
    static final BasisRanking.Candidate PERMIT = new BasisRanking.Candidate(1, "QH-D10-QL-0001", "建设项目环境影响报告书（表）审批");
    static final BasisRanking.Candidate SITE = new BasisRanking.Candidate(6, "QH-D10-QL-0006", "对建设项目环境影响评价文件未经批准擅自开工建设的处罚");
    static final BasisRanking.Candidate AWARD = new BasisRanking.Candidate(21, "QH-D10-QL-0021", "对在保护和改善环境方面有显著成绩的单位和个人的奖励");
    static final List<BasisRanking.Candidate> ALL = List.of(PERMIT, SITE, NOISE, AWARD);

    @Test
    void termsAreTheTwoCharacterWordsOfTheChineseTextWithoutCommonOnes() {
        assertEquals(List.of("噪声", "声扰", "扰民"), BasisRanking.terms("噪声扰民"));
        assertEquals(List.of("对噪", "噪声", "声或"), BasisRanking.terms("对噪声或者"), "或者 is too common to tell items apart");
        assertTrue(BasisRanking.terms("违法处罚").stream().noneMatch(t -> t.equals("违法") || t.equals("处罚")));
        assertEquals(List.of(), BasisRanking.terms("ABC 12"));
        assertEquals(List.of(), BasisRanking.terms(null));
    }

    @Test
    void sharedWordsRankAnItemAndSayWhich() {
        List<BasisRanking.Ranked> ranked = BasisRanking.rank("建筑工地夜间施工噪声扰民", null, ALL, Map.of());
        assertEquals(9L, ranked.get(0).itemId());
        assertEquals(List.of("噪声"), ranked.get(0).sharedTerms());
        assertEquals(List.of("与事件类别“建筑工地夜间施工噪声扰民”共有词语：噪声"), ranked.get(0).reasons());
        // an item sharing nothing is not suggested
        assertTrue(ranked.stream().noneMatch(r -> r.itemId() == 21));
    }

    @Test
    void theDepartmentsDutyInTheCategoryCountsToo() {
        List<BasisRanking.Ranked> ranked = BasisRanking.rank("违法建设治理", "负责建设项目环境影响评价的监督", ALL, Map.of());
        // 环境影响评价 shares nine words with the duty, the 报告书 approval seven, the award only 环境
        assertEquals(List.of(6L, 1L, 21L), ranked.stream().map(BasisRanking.Ranked::itemId).toList());
    }

    @Test
    void earlierCasesOfTheCategoryComeFirst() {
        List<BasisRanking.Ranked> ranked = BasisRanking.rank("建筑工地夜间施工噪声扰民", null, ALL, Map.of(21L, 2, 6L, 5));
        assertEquals(List.of(6L, 21L, 9L), ranked.stream().map(BasisRanking.Ranked::itemId).toList());
        assertEquals(List.of("同类事件已有 5 件以此事项为依据"), ranked.get(0).reasons());
        assertEquals(5, ranked.get(0).casesOfCategory());
    }

    @Test
    void atMostFiveAndTiesByCode() {
        List<BasisRanking.Candidate> many = new java.util.ArrayList<>();
        for (int i = 9; i >= 1; i--) {
            many.add(new BasisRanking.Candidate(i, "C-" + i, "噪声事项" + i));
        }
        List<BasisRanking.Ranked> ranked = BasisRanking.rank("噪声", null, many, Map.of());
        assertEquals(BasisRanking.LIMIT, ranked.size());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ranked.stream().map(BasisRanking.Ranked::itemId).toList());
    }
}
