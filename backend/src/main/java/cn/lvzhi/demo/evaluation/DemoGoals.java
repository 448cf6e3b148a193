package cn.lvzhi.demo.evaluation;

import cn.lvzhi.evaluation.goals.TargetKind;
import cn.lvzhi.evaluation.goals.VerificationMethod;
import cn.lvzhi.evaluation.goals.VerificationResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo duty goals (演示年度履职目标) of 清河区, deterministic: each department and township gets 2–4 goals a year, a
 * department's tied to the first duties of its 三定 (the rest left without a goal for the coverage report), a
 * township's to none (the demo has no township 三定). Last year's goals have progress on every quarter and most
 * milestones verified; this year's have progress up to the third quarter, some verified.
 */
public final class DemoGoals {
    public static final int LAST_YEAR = 2025;
    public static final int THIS_YEAR = 2026;
    private static final long SEED = 20_260_412L;

    /** A duty of a unit's mandate as the generator reads it. */
    public record DutyRef(long id, int ordinal, String text) {
    }

    /** A unit that drafts goals: its duties in force (not SUPPORT-only duties first) and its internal offices. */
    public record UnitRef(String code, boolean township, List<DutyRef> duties, List<Long> offices) {
    }

    public record ProgressSeed(String report, BigDecimal quantityReached, LocalDate reportedOn) {
    }

    public record VerificationSeed(LocalDate verifiedOn, String people, List<VerificationMethod> methods, String findings,
                                   VerificationResult result) {
    }

    public record MilestoneSeed(int quarter, String description, LocalDate dueOn, BigDecimal dueQuantity,
                                ProgressSeed progress, VerificationSeed verification) {
    }

    public record GoalSeed(String unitCode, int year, int ordinal, String title, Long dutyId, Long officeId, TargetKind kind,
                           BigDecimal quantity, String unit, String text, List<MilestoneSeed> milestones) {
    }

    private record Theme(String title, TargetKind kind, int quantity, String unit, String text, String task) {
    }

    private static final Pattern FIELD = Pattern.compile(
            "负责全区(.+?)工作|承担(.+?)方面|负责(.+?)相关行政许可|组织拟订(.+?)工作计划|关于(.+?)工作的方针|承担(.+?)职责（由");

    private static final List<Theme> TOWNSHIP_THEMES = List.of(
            new Theme("网格化服务管理提质增效", TargetKind.QUANTITY, 100, "%", null, "网格事件按时办结"),
            new Theme("农村人居环境整治提升", TargetKind.QUANTITY, 12, "个村", null, "完成村庄环境整治"),
            new Theme("矛盾纠纷排查化解", TargetKind.QUANTITY, 95, "%", null, "矛盾纠纷化解"),
            new Theme("安全生产隐患排查整治", TargetKind.QUANTITY, 240, "处", null, "排查整改隐患"),
            new Theme("健全镇街综合行政执法机制", TargetKind.QUALITATIVE, 0, null,
                    "建立镇街综合执法队伍与区直部门协同执法机制，实现执法事项清单化管理", "推进执法机制建设"));

    private static final String[] PEOPLE = {"区委编办督查科 王建国、刘敏", "区委编办 张磊、赵雪", "区委编办体改科 陈晨、孙丽"};
    private static final String[] FINDINGS_YES = {"台账资料完整，现场查看与报送情况一致。", "查阅相关文件和工作记录，节点任务已按时完成。"};
    private static final String[] FINDINGS_PARTLY = {"主要任务已推进，但部分台账资料不完整，需补充佐证。", "完成进度略低于节点要求，已督促加快推进。"};
    private static final String[] FINDINGS_NO = {"节点任务未按期完成，佐证材料不足，已要求限期整改。"};

    private DemoGoals() {
    }

    /** The published goals of the unit for the year, with milestones, progress and verifications up to {@code today}. */
    public static List<GoalSeed> published(UnitRef unit, int year, LocalDate today) {
        Random random = new Random(SEED + unit.code().hashCode() * 31L + year);
        int count = 2 + random.nextInt(3);
        // every fifth unit lags: no third-quarter report this year
        boolean lagging = Math.floorMod(unit.code().hashCode(), 5) == 0;
        List<GoalSeed> goals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DutyRef duty = unit.township() || i >= unit.duties().size() ? null : unit.duties().get(i);
            Theme theme = duty == null ? TOWNSHIP_THEMES.get((i + random.nextInt(TOWNSHIP_THEMES.size())) % TOWNSHIP_THEMES.size())
                    : theme(duty, random);
            Long office = unit.offices().isEmpty() ? null : unit.offices().get((i + 1) % unit.offices().size());
            goals.add(goal(unit.code(), year, i + 1, theme, duty == null ? null : duty.id(), office, random, today, lagging));
        }
        return goals;
    }

    /** A goal of the theme, its milestones due at each quarter's end, reported and verified up to today. */
    static GoalSeed goal(String unitCode, int year, int ordinal, Theme theme, Long dutyId, Long officeId, Random random,
                         LocalDate today, boolean lagging) {
        boolean quantity = theme.kind() == TargetKind.QUANTITY;
        BigDecimal target = quantity ? BigDecimal.valueOf(theme.quantity()) : null;
        List<MilestoneSeed> milestones = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            LocalDate due = LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1);
            BigDecimal dueQuantity = quantity ? (theme.unit().equals("%") ? target
                    : target.multiply(BigDecimal.valueOf(q)).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP)) : null;
            String description = "第" + q + "季度：" + theme.task() + (quantity ? "累计达到 " + dueQuantity.toPlainString() + theme.unit() : "");
            ProgressSeed progress = null;
            VerificationSeed verification = null;
            LocalDate reported = due.plusDays(3 + random.nextInt(5));
            boolean reports = !reported.isAfter(today) && !(lagging && year == today.getYear() && q == 3);
            VerificationResult result = result(random);
            if (reports) {
                BigDecimal reached = quantity ? reached(dueQuantity, result) : null;
                progress = new ProgressSeed(theme.task() + "：" + (quantity ? "累计完成 " + reached.toPlainString() + theme.unit() + "，"
                        : "") + report(result), reached, reported);
                LocalDate verifiedOn = reported.plusDays(7 + random.nextInt(10));
                boolean verifies = !verifiedOn.isAfter(today) && (year < today.getYear() ? random.nextInt(10) < 8 : random.nextInt(10) < 4);
                if (verifies) {
                    verification = new VerificationSeed(verifiedOn, PEOPLE[random.nextInt(PEOPLE.length)], methods(random),
                            findings(result, random), result);
                }
            }
            milestones.add(new MilestoneSeed(q, description, due, dueQuantity, progress, verification));
        }
        return new GoalSeed(unitCode, year, ordinal, year + "年" + theme.title(), dutyId, officeId, theme.kind(), target,
                theme.unit(), quantity ? null : theme.text(), milestones);
    }

    /** The theme of a goal serving this duty: its field as the duty words it, and a target that fits the kind of duty. */
    static Theme theme(DutyRef duty, Random random) {
        String text = duty.text();
        Matcher m = FIELD.matcher(text);
        String field = "本部门重点";
        if (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    field = m.group(g);
                    break;
                }
            }
        }
        if (text.contains("安全生产")) {
            return new Theme("本行业领域安全生产隐患排查整治", TargetKind.QUANTITY, 60 + 10 * random.nextInt(10), "处", null, "排查整改隐患");
        }
        if (text.startsWith("贯彻执行")) {
            return new Theme("全区" + field + "年度重点任务落实", TargetKind.QUANTITY, 8 + random.nextInt(10), "项", null, "完成重点任务");
        }
        if (text.contains("行政许可")) {
            return new Theme(field + "权责事项按时办结", TargetKind.QUANTITY, 100, "%", null, "按时办结率");
        }
        if (text.contains("统筹协调") || text.contains("划入")) {
            return new Theme("健全" + field + "协调联动机制", TargetKind.QUALITATIVE, 0, null,
                    "建立" + field + "联席会议制度，全年召开会议不少于 4 次，形成问题清单并推动解决", "推进协调机制运行");
        }
        return new Theme(field + "专项监督检查", TargetKind.QUANTITY, 40 + 10 * random.nextInt(9), "家次", null, "开展监督检查");
    }

    private static VerificationResult result(Random random) {
        int roll = random.nextInt(10);
        return roll < 7 ? VerificationResult.YES : roll < 9 ? VerificationResult.PARTLY : VerificationResult.NO;
    }

    private static BigDecimal reached(BigDecimal due, VerificationResult result) {
        BigDecimal factor = switch (result) {
            case YES -> new BigDecimal("1.05");
            case PARTLY -> new BigDecimal("0.85");
            case NO -> new BigDecimal("0.60");
        };
        return due.multiply(factor).setScale(0, RoundingMode.HALF_UP);
    }

    private static String report(VerificationResult result) {
        return switch (result) {
            case YES -> "按计划完成节点任务，相关台账和佐证材料已归档。";
            case PARTLY -> "主要任务已推进，个别事项因客观原因顺延，正在加快推进。";
            case NO -> "受人员调整影响进度滞后，已制定整改措施。";
        };
    }

    private static String findings(VerificationResult result, Random random) {
        String[] pool = switch (result) {
            case YES -> FINDINGS_YES;
            case PARTLY -> FINDINGS_PARTLY;
            case NO -> FINDINGS_NO;
        };
        return pool[random.nextInt(pool.length)];
    }

    private static List<VerificationMethod> methods(Random random) {
        List<VerificationMethod> methods = new ArrayList<>(List.of(VerificationMethod.BRIEFING, VerificationMethod.DOCUMENTS));
        if (random.nextBoolean()) {
            methods.add(VerificationMethod.SITE_VISIT);
        }
        if (random.nextInt(4) == 0) {
            methods.add(VerificationMethod.SYMPOSIUM);
        }
        return methods;
    }

    /** A goal of this year still in the workflow (D10, D11): not published, no progress. */
    public record PendingSeed(String unitCode, String title, String status, String reviewComment, int dutyIndex, TargetKind kind,
                              int quantity, String unit, String text) {
    }

    public static final List<PendingSeed> PENDING = List.of(
            new PendingSeed("JZ-QH-D10", "2026年噪声污染防治专项行动", "DRAFT", null, 1, TargetKind.QUANTITY, 30, "家次", null),
            new PendingSeed("JZ-QH-D10", "2026年排污许可证后管理全覆盖", "SUBMITTED", null, 2, TargetKind.QUANTITY, 100, "%", null),
            new PendingSeed("JZ-QH-D11", "2026年建筑垃圾处置规范化管理", "RETURNED",
                    "目标未量化，请明确全年检查的工地数量和季度节点任务。", 1, TargetKind.QUALITATIVE, 0, null,
                    "建立建筑垃圾处置全过程监管机制"),
            new PendingSeed("JZ-QH-D11", "2026年市容环境秩序专项整治", "SUBMITTED", null, 2, TargetKind.QUANTITY, 120, "处", null));
}
