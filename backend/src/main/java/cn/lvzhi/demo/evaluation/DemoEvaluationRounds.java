package cn.lvzhi.demo.evaluation;

import cn.lvzhi.evaluation.EvaluationPeriodKind;
import cn.lvzhi.evaluation.EvaluationStage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The demo district's evaluation rounds (演示评估批次): last year's annual round, published; the last complete
 * quarter, published, whose computed figures come from the demo case history (which covers the last 120 days); and
 * this year's annual round in progress, its self-assessment window open and two units late with 提醒函 sent.
 */
public final class DemoEvaluationRounds {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String BY = "演示数据";
    /** Fewer units than this in a category are shown unranked: 社会管理 has two departments in the demo. */
    static final int MIN_RANK_SAMPLE = 3;
    /** The units late with the goal-progress report of the round in progress (and sent a 提醒函). */
    static final List<String> LATE_UNITS = List.of("JZ-QH-D24", "JZ-QH-T07");

    private DemoEvaluationRounds() {
    }

    /** One round to create: published ones are created in FINAL_MARK, figured and marked, then published. */
    record RoundSeed(String key, String name, int schemeYear, EvaluationPeriodKind periodKind, LocalDate start,
                     LocalDate end, EvaluationStage finalStage, OffsetDateTime publishedAt, String previousKey) {
        boolean published() {
            return finalStage == EvaluationStage.PUBLISHED;
        }
    }

    /** The three rounds for a demo loaded at {@code now}. */
    static List<RoundSeed> rounds(OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(BEIJING).toLocalDate();
        int year = today.getYear();
        LocalDate quarterEnd = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3).minusDays(1);
        LocalDate quarterStart = quarterEnd.withDayOfMonth(1).minusMonths(2);
        int quarter = (quarterEnd.getMonthValue() + 2) / 3;
        OffsetDateTime quarterPublished = earlier(quarterEnd.plusDays(20), today.minusDays(1));
        return List.of(
                new RoundSeed("annual-last", "清河区" + (year - 1) + "年度机关职能运行评估", year - 1, EvaluationPeriodKind.YEAR,
                        LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), EvaluationStage.PUBLISHED,
                        earlier(LocalDate.of(year, 1, 26), today.minusDays(1)), null),
                new RoundSeed("quarter", "清河区" + quarterEnd.getYear() + "年第" + "一二三四".charAt(quarter - 1)
                        + "季度机关职能运行评估", quarterEnd.getYear(), EvaluationPeriodKind.QUARTER, quarterStart, quarterEnd,
                        EvaluationStage.PUBLISHED, quarterPublished, "annual-last"),
                new RoundSeed("annual-now", "清河区" + year + "年度机关职能运行评估", year, EvaluationPeriodKind.YEAR,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), EvaluationStage.SELF_ASSESSMENT, null,
                        "annual-last"));
    }

    private static OffsetDateTime earlier(LocalDate a, LocalDate b) {
        LocalDate day = a.isBefore(b) ? a : b;
        return day.atTime(10, 0).atZone(BEIJING).toOffsetDateTime();
    }

    /** Deductions 编办 gives hand-marked indicators, by how much of the points is lost. */
    static final List<String> MANUAL_REASONS = List.of(
            "察访核验发现部分职责台账记录不完整，扣分",
            "三定规定中个别职责未明确承办科室，履职责任未压实",
            "自评材料佐证不足，部分事项未提供过程记录",
            "与相关部门的职责边界事项衔接不畅，存在推诿现象");

    /** The units' replies to a deduction, and 编办's answer when it restores points. */
    static final String REPLY = "已补充提交职责台账及会议纪要等佐证材料，请予复核。";
    static final String RESTORED = "经复核，采纳申辩意见，恢复部分分值";
    static final String UPHELD = "经复核，佐证材料不能证明已履职到位，维持初评意见";

    /** A stable fraction in [0,1) for a unit and an indicator: the demo's spread of figures, the same on every load. */
    static double spread(String unitCode, String indicator) {
        int h = (unitCode + "/" + indicator).hashCode() * 0x9E3779B1;
        return ((h >>> 8) & 0xFFFF) / 65536.0;
    }
}
