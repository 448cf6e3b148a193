package cn.lvzhi.demo.tracking;

import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.tracking.MatterKind;
import cn.lvzhi.tracking.TrackingStep;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo follow-up of 清河区 (演示跟踪问效): establishment matters, a finished round (2026年第一批, at the rectification
 * step, scored and archived, with one set-up under 60 whose rectification is overdue) and a round in progress (2026年第二批,
 * at the self-check step). Fixed data, so every start loads the same. Units by demo code: D01 发展和改革局, D07 人力资源和社会保障局,
 * D10 生态环境局, D11 城市管理局, D12 交通运输局, D16 文化和旅游局, D21 市场监督管理局, D24 行政审批局.
 */
public final class DemoTracking {
    private DemoTracking() {
    }

    /** A matter; {@code fraction} is the share of each indicator's points it earned (null: not scored yet). */
    public record MatterSeed(String unitCode, MatterKind kind, String documentNo, LocalDate approvedOn, String content,
                             Double fraction, String notApplicableCode) {
    }

    /** A rectification required of a matter of the finished round. */
    public record RectificationSeed(String documentNo, String requirement, LocalDate deadline, LocalDate doneOn) {
    }

    public record RoundSeed(String name, LocalDate planDate, List<StepSeed> steps) {
        public TrackingStep step() {
            return steps.get(steps.size() - 1).step();
        }
    }

    public record StepSeed(TrackingStep step, LocalDate doneOn, String note) {
    }

    private static String unit(String suffix) {
        return DemoDistrict.DISTRICT + "-" + suffix;
    }

    public static final List<MatterSeed> MATTERS = List.of(
            new MatterSeed(unit("D24"), MatterKind.SET_UP, "清编〔2025〕8号", LocalDate.of(2025, 4, 15),
                    "设立区数据资源服务中心，公益一类事业单位，核定事业编制12名", 0.88, null),
            // 城市管理局 (demo user chengguan) has the overdue rectification, so its applications show as suspended
            new MatterSeed(DemoDistrict.URBAN_MANAGEMENT, MatterKind.SET_UP, "清编〔2025〕11号", LocalDate.of(2025, 5, 20),
                    "设立区城市管理指挥保障中心，核定事业编制10名", 0.52, null),
            new MatterSeed(unit("D21"), MatterKind.CHANGE, "清编〔2025〕14号", LocalDate.of(2025, 6, 10),
                    "区市场监督管理局职责调整：食品生产环节监管职责划入", 0.81, null),
            new MatterSeed(unit("D16"), MatterKind.MERGE, "清编〔2025〕17号", LocalDate.of(2025, 7, 1),
                    "区文化馆与区图书馆合并设立区文化服务中心", 0.76, "M9"),
            new MatterSeed(unit("D01"), MatterKind.ABOLISH, "清编〔2025〕21号", LocalDate.of(2025, 8, 18),
                    "撤销区粮食储备服务站，职责并入区发展和改革局", 0.9, null),
            new MatterSeed(DemoDistrict.ENVIRONMENT, MatterKind.SET_UP, "清编〔2025〕23号", LocalDate.of(2025, 9, 5),
                    "设立区生态环境监测站，核定事业编制8名", 0.93, null),
            // the round in progress
            new MatterSeed(DemoDistrict.ENVIRONMENT, MatterKind.CHANGE, "清编〔2025〕30号", LocalDate.of(2025, 12, 1),
                    "区生态环境局内设机构调整：增设噪声污染防治科", null, null),
            new MatterSeed(DemoDistrict.URBAN_MANAGEMENT, MatterKind.SET_UP, "清编〔2026〕2号", LocalDate.of(2026, 1, 12),
                    "设立区城市管理综合执法大队", null, null),
            new MatterSeed(DemoDistrict.TOWNSHIP, MatterKind.CHANGE, "清编〔2026〕6号", LocalDate.of(2026, 3, 3),
                    "镇综合行政执法队职责调整：承接县级下放的执法事项", null, null),
            new MatterSeed(unit("D07"), MatterKind.SET_UP, "清编〔2026〕9号", LocalDate.of(2026, 4, 20),
                    "设立区人才发展服务中心", null, null),
            // too recent for either round
            new MatterSeed(unit("D12"), MatterKind.CHANGE, "清编〔2026〕15号", LocalDate.of(2026, 8, 1),
                    "区交通运输局职责调整：道路运输安全监管职责划入", null, null));

    public static final RoundSeed FINISHED = new RoundSeed("2026年第一批机构编制事项跟踪问效", LocalDate.of(2026, 3, 31), List.of(
            new StepSeed(TrackingStep.PLAN, LocalDate.of(2026, 3, 31), "印发问效工作方案"),
            new StepSeed(TrackingStep.SURVEY, LocalDate.of(2026, 4, 15), "查询机构编制管理信息系统，建立调查摸底统计表"),
            new StepSeed(TrackingStep.SELF_CHECK, LocalDate.of(2026, 5, 6), "各单位报送自评自查报告"),
            new StepSeed(TrackingStep.ON_SITE, LocalDate.of(2026, 5, 25), "会同审计部门组成联合问效工作组"),
            new StepSeed(TrackingStep.ASSESSMENT, LocalDate.of(2026, 6, 15), "量化赋分，综合评定"),
            new StepSeed(TrackingStep.FEEDBACK, LocalDate.of(2026, 6, 30), "形成专题问效报告并书面反馈"),
            new StepSeed(TrackingStep.RECTIFICATION, LocalDate.of(2026, 7, 10), "督促问题整改")));

    public static final RoundSeed IN_PROGRESS = new RoundSeed("2026年第二批机构编制事项跟踪问效", LocalDate.of(2026, 11, 10), List.of(
            new StepSeed(TrackingStep.PLAN, LocalDate.of(2026, 11, 10), "印发问效工作方案"),
            new StepSeed(TrackingStep.SURVEY, LocalDate.of(2026, 11, 13), "调查摸底"),
            new StepSeed(TrackingStep.SELF_CHECK, LocalDate.of(2026, 11, 20), "通知被问效单位开展自评自查")));

    public static final List<RectificationSeed> RECTIFICATIONS = List.of(
            new RectificationSeed("清编〔2025〕11号", "人员到位率不足50%，须配齐中心工作人员并完成法人登记",
                    LocalDate.of(2026, 8, 31), null),
            new RectificationSeed("清编〔2025〕23号", "完善监测站内部管理制度", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 12)));

    /** The self-check submitted in the round in progress. */
    public static final String SELF_CHECK_DOCUMENT = "清编〔2025〕30号";
    public static final String SELF_CHECK = "噪声污染防治科已于2026年1月组建，配备科长1名、工作人员3名，职责已按“三定”规定履行。";
}
