package cn.lvzhi.demo.evaluation;

import cn.lvzhi.demo.DemoDatabase;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.evaluation.EvaluationPeriodKind;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.draws.DrawnUnits;
import cn.lvzhi.evaluation.fieldwork.FieldworkReport;
import cn.lvzhi.evaluation.fieldwork.InquiryLetter;
import cn.lvzhi.evaluation.fieldwork.ReportStatus;
import cn.lvzhi.evaluation.fieldwork.Symposium;
import cn.lvzhi.evaluation.results.Finding;
import cn.lvzhi.evaluation.results.ProblemService;
import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.security.Actor;
import cn.lvzhi.security.Role;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Loads 五个一 of the demo (演示数据) once, while no report exists: for every unit drawn in last year's published annual
 * round ({@link DrawnUnits}), an accepted work report, a 函调 to the 12345 command centre answered, a symposium recorded
 * with its points raised for the ledger (through {@link ProblemService}, as 编办 would); and for the first drawn unit a
 * 函调 to 司法局 left unanswered past its due date (overdue). Without a draw in that round it loads nothing.
 */
@ApplicationScoped
public class DemoFieldworkFiveOnesLoader {
    private static final Logger LOG = Logger.getLogger(DemoFieldworkFiveOnesLoader.class);
    static final String BY = DemoEvaluationRounds.BY;

    private final DemoDatabase db;
    private final DrawnUnits drawn;
    private final ProblemService problems;

    public DemoFieldworkFiveOnesLoader(DemoDatabase db, DrawnUnits drawn, ProblemService problems) {
        this.db = db;
        this.drawn = drawn;
        this.problems = problems;
    }

    /** Loads the demo's 五个一 unless some report exists; the number of drawn units filled. */
    public int load(OffsetDateTime now) throws SQLException {
        // a restart: one JDBC query like the other loaders' checks. The reactive transaction below (which checks again,
        // for two instances starting together) would open the start's first reactive session: seconds under load.
        if (!db.isEmpty("fieldwork_report")) {
            return 0;
        }
        try {
            int loaded = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> FieldworkReport.count()
                    .chain(n -> n > 0 ? Uni.createFrom().item(0) : structure(now))));
            if (loaded > 0) {
                LOG.infof("demo 五个一 loaded for %d drawn units", loaded);
            }
            return loaded;
        } catch (Throwable e) {
            throw new IllegalStateException("demo 五个一 could not be loaded", e);
        }
    }

    private Uni<Integer> structure(OffsetDateTime now) {
        int lastYear = now.atZoneSameInstant(DemoEvaluationRounds.BEIJING).getYear() - 1;
        return EvaluationRound.<EvaluationRound>find("createdByName = ?1 and periodKind = ?2 and stage = ?3 and periodStart = ?4",
                        BY, EvaluationPeriodKind.YEAR, EvaluationStage.PUBLISHED, LocalDate.of(lastYear, 1, 1))
                .<EvaluationRound>firstResult()
                .chain(round -> round == null ? Uni.createFrom().item(0) : drawn.of(round.id).chain(ids -> ids.isEmpty()
                        ? Uni.createFrom().item(0)
                        : Unit.<Unit>list("code in ?1", List.of(DemoDistrict.COMMAND_CENTRE, "JZ-QH-BB", "JZ-QH"))
                        .chain(fixed -> Unit.<Unit>find("path like ?1 and name like ?2 order by code", round.regionPath + "%", "%司法局")
                                .<Unit>firstResult().chain(justice -> fill(round, ids, new Places(fixed, justice), now)))));
    }

    /** The units the demo's letters and its 编办 come from. */
    private record Places(Unit centre, Unit office, Unit region, Unit justice) {
        Places(List<Unit> fixed, Unit justice) {
            this(by(fixed, DemoDistrict.COMMAND_CENTRE), by(fixed, "JZ-QH-BB"), by(fixed, "JZ-QH"), justice);
        }

        private static Unit by(List<Unit> units, String code) {
            return units.stream().filter(u -> u.code.equals(code)).findFirst().orElseThrow();
        }

        ScopedActor actor() {
            return ScopedActor.of(new Actor("demo:fieldwork", "demo", BY, false, office.id, office.code,
                    Set.of(Role.ESTABLISHMENT_OFFICE)), office.kind, office.path, region.path);
        }
    }

    private Uni<Integer> fill(EvaluationRound round, List<Long> unitIds, Places places, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(DemoEvaluationRounds.BEIJING).toLocalDate();
        String prefix = places.office().name.substring(0, 1) + "编函〔" + today.getYear() + "〕";
        Uni<Void> chain = Uni.createFrom().voidItem();
        int[] letterNo = {0};
        for (int i = 0; i < unitIds.size(); i++) {
            long unitId = unitIds.get(i);
            boolean first = i == 0;
            chain = chain.chain(() -> report(round, unitId, now))
                    .chain(() -> letter(round, unitId, places.centre().id, prefix + (++letterNo[0]) + "号", now.minusDays(25),
                            today.minusDays(10), true))
                    .chain(l -> problems.record(places.actor(), Finding.of(round.id, unitId, ProblemSource.INQUIRY, l.id,
                            "12345 热线反映的噪声投诉存在重复转办、答复不及时问题")))
                    .chain(() -> first && places.justice() != null
                            ? letter(round, unitId, places.justice().id, prefix + (++letterNo[0]) + "号", now.minusDays(20),
                            today.minusDays(5), false).replaceWithVoid()
                            : Uni.createFrom().voidItem())
                    .chain(() -> symposium(round, unitId, places.actor(), today.minusDays(18), now));
        }
        return chain.replaceWith(unitIds.size());
    }

    private static Uni<Void> report(EvaluationRound round, long unitId, OffsetDateTime now) {
        FieldworkReport r = new FieldworkReport();
        r.roundId = round.id;
        r.unitId = unitId;
        r.body = """
                ## 一、履职基本情况
                对照评估标准，本单位全年围绕“三定”规定确定的主要职责，完成年度履职目标 **12 项**。

                ## 二、存在的问题
                - 部门间职责边界事项协同处置时限偏长
                - 个别内设机构职责任务清单更新不及时

                ## 三、下一步打算
                完善协同机制，按季度更新职责任务清单。""";
        r.fileIds = List.of();
        r.status = ReportStatus.ACCEPTED;
        r.submittedAt = now.minusDays(30);
        r.reviewComment = "报告内容完整，对照标准逐项说明，予以通过。";
        r.reviewedAt = now.minusDays(27);
        r.reviewedByName = BY;
        r.updatedByName = BY;
        r.updatedAt = r.reviewedAt;
        return r.persist().replaceWithVoid();
    }

    private static Uni<InquiryLetter> letter(EvaluationRound round, long unitId, long addresseeId, String no,
                                             OffsetDateTime issuedAt, LocalDate dueOn, boolean replied) {
        InquiryLetter l = new InquiryLetter();
        l.roundId = round.id;
        l.unitId = unitId;
        l.addresseeUnitId = addresseeId;
        l.letterNo = no;
        l.subject = "被评估单位依法履职";
        l.questions = List.of("该单位年度内是否存在行政执法案件被撤销、变更或确认违法的情形？",
                "该单位承办的 12345 热线工单办结及群众满意情况如何？", "对该单位履职工作有何意见建议？");
        l.replyDueOn = dueOn;
        l.issuedByName = BY;
        l.issuedAt = issuedAt;
        l.replyFileIds = List.of();
        if (replied) {
            l.replyText = "经核查，该单位全年承办热线工单按期办结率 97.50%，群众满意率 95.20%；另有噪声投诉重复转办 3 件。";
            l.repliedByName = BY;
            l.repliedAt = issuedAt.plusDays(8);
        }
        return l.persistAndFlush();
    }

    private Uni<Void> symposium(EvaluationRound round, long unitId, ScopedActor office, LocalDate heldOn, OffsetDateTime now) {
        Symposium s = new Symposium();
        s.roundId = round.id;
        s.unitId = unitId;
        s.heldOn = heldOn;
        s.place = "单位三楼会议室";
        s.recordedByName = BY;
        s.updatedAt = now.minusDays(18);
        List<String> points = List.of("基层反映部分审批事项办理环节多、时限长", "与相关部门在夜间施工噪声监管上存在推诿现象");
        s.content = new Symposium.Content(
                List.of(new Symposium.Attendee("王建国", "党组书记、局长"), new Symposium.Attendee("李敏", "办公室主任"),
                        new Symposium.Attendee("张伟", "执法监督科科长")),
                points.stream().map(p -> new Symposium.Point(p, null)).toList(),
                List.of(new Symposium.Talk("赵磊", "执法大队队员", "反映执法力量不足，夜间巡查难以全覆盖")));
        return s.<Symposium>persistAndFlush().chain(saved -> problems.record(office, Finding.of(round.id, unitId,
                        ProblemSource.SYMPOSIUM, saved.id, points.get(1)))
                .map(problem -> {
                    saved.content = new Symposium.Content(saved.content.attendees(),
                            List.of(new Symposium.Point(points.get(0), null), new Symposium.Point(points.get(1), problem.id)),
                            saved.content.talks());
                    return saved;
                })).replaceWithVoid();
    }
}
