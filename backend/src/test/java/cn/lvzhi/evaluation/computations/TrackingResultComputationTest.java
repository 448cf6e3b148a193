package cn.lvzhi.evaluation.computations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.lvzhi.testing.EvaluationFixtures.MARCH_1;
import static cn.lvzhi.testing.EvaluationFixtures.MARCH_31;
import static cn.lvzhi.testing.EvaluationFixtures.assertFigure;
import static cn.lvzhi.testing.EvaluationFixtures.assertNothingToCount;
import static cn.lvzhi.testing.EvaluationFixtures.at;
import static cn.lvzhi.testing.EvaluationFixtures.compute;
import static cn.lvzhi.testing.EvaluationFixtures.exec;
import static cn.lvzhi.testing.EvaluationFixtures.insert;
import static cn.lvzhi.testing.EvaluationFixtures.row;
import static cn.lvzhi.testing.EvaluationFixtures.rows;
import static cn.lvzhi.testing.EvaluationFixtures.unique;
import static cn.lvzhi.testing.EvaluationFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * TRACKING_RESULT on a prepared follow-up round: each fully scored, included matter reviewed in the period counts with
 * its result normalised over applicable points (60 of 100 here: 45 → 75.0); incomplete, excluded and later reviews do not.
 */
@QuarkusTest
class TrackingResultComputationTest {
    private static final String TEMPLATES = """
            {"SET_UP": [{"code": "S1", "name": "人员到位", "points": 60, "method": "QUANTITATIVE", "guidance": "按比例"},
                        {"code": "S2", "name": "机构组建", "points": 40, "method": "QUALITATIVE", "guidance": "酌情"}]}""";

    @Test
    void meanNormalisedResultOfTheMattersReviewedInThePeriod() throws Throwable {
        long a = unit("问效甲", "GENERAL_SUPPORT");
        long b = unit("问效乙", "GENERAL_SUPPORT");
        long round = insert("""
                INSERT INTO tracking_round (region_path, name, plan_date, step, templates)
                VALUES ((SELECT path FROM unit WHERE code = 'JZ-QH'), ?, DATE '2026-01-10', 'ASSESSMENT', cast(? AS jsonb))
                RETURNING id""", "测试问效批次" + unique(), TEMPLATES);
        long partial = review(round, a, true, "45", null, at(2026, 3, 10, 9, 0));
        long full = review(round, a, true, "60", "40", at(2026, 3, 31, 23, 59));
        review(round, a, true, "50", "missing", at(2026, 3, 12, 9, 0));
        review(round, a, true, "60", "40", at(2026, 4, 1, 0, 0));
        review(round, a, false, "60", "40", at(2026, 3, 12, 9, 0));

        Map<Long, ComputedFigure> figures = compute("TRACKING_RESULT", Set.of(a, b), MARCH_1, MARCH_31, Map.of());

        ComputedFigure fa = figures.get(a);
        assertFigure(fa, "0.875", "175", "200");
        assertEquals(List.of(row("TRACKING_REVIEW", partial, true), row("TRACKING_REVIEW", full, true)), rows(fa));
        assertEquals(List.of("问效得分 75", "问效得分 100"), fa.rows().stream().map(EvidenceRow::note).toList());
        assertNothingToCount(figures.get(b));
    }

    /**
     * A set-up matter of the unit in the round (included or not) scored S1 = {@code s1} and S2 = {@code s2} (null: not
     * applicable; "missing": not scored yet), the last score at {@code at}; returns the round-matter id.
     */
    private static long review(long round, long unit, boolean included, String s1, String s2, OffsetDateTime at) {
        long matter = insert("""
                INSERT INTO establishment_matter (unit_id, kind, document_no, approved_on, content)
                VALUES (?, 'SET_UP', ?, ?, '设立测试机构') RETURNING id""", unit, "清编〔2026〕" + unique() + "号", LocalDate.of(2025, 6, 1));
        long roundMatter = insert("""
                INSERT INTO tracking_round_matter (round_id, matter_id, included, proposed, reason)
                VALUES (?, ?, ?, true, ?) RETURNING id""", round, matter, included, included ? null : "本批次不纳入");
        score(round, matter, "S1", s1, at.minusDays(1));
        if (!"missing".equals(s2)) {
            score(round, matter, "S2", s2, at);
        }
        return roundMatter;
    }

    private static void score(long round, long matter, String code, String earned, OffsetDateTime at) {
        exec("""
                INSERT INTO tracking_score (round_id, matter_id, indicator_code, not_applicable, earned, scored_by_name, scored_at)
                VALUES (?, ?, ?, ?, cast(? AS numeric), '测试', ?)""", round, matter, code, earned == null, earned, at);
    }
}
