package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.EvaluationCategory;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.SubmissionForm;
import cn.lvzhi.evaluation.rounds.inputs.CorrectPublishedScoreInput;
import cn.lvzhi.evaluation.rounds.inputs.FillFirstMarksInput;
import cn.lvzhi.evaluation.rounds.inputs.MarkEvaluationScoresInput;
import cn.lvzhi.evaluation.rounds.inputs.MarkInput;
import cn.lvzhi.evaluation.rounds.inputs.ReplyInput;
import cn.lvzhi.evaluation.rounds.inputs.ReplyToEvaluationMarksInput;
import cn.lvzhi.evaluation.schemes.IndicatorNode;
import cn.lvzhi.evaluation.schemes.LeafFigures;
import cn.lvzhi.evaluation.schemes.SchemeDocument;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marking in stages on the score rows (分阶段评分): 编办's first mark (or the rules' marks filled from the figures), the
 * unit's reply within the window, 编办's final mark, and a correction after publication, flagged and kept. Each stage
 * only in its own stage of the round; publication freezes the marks. Every change is audited.
 */
@ApplicationScoped
public class MarkingService {
    private final RoundTargets targets;
    private final AuditLog audit;
    private final LeafFigures figures;

    public MarkingService(RoundTargets targets, AuditLog audit, LeafFigures figures) {
        this.targets = targets;
        this.audit = audit;
        this.figures = figures;
    }

    /** A mark as the audit trail keeps it. */
    record MarkSnapshot(String code, BigDecimal score, String reason) {
    }

    /** A reply as the audit trail keeps it. */
    record ReplySnapshot(long scoreId, String text, List<Long> fileIds) {
    }

    /** The rows written, as 编办 reads them. */
    private List<ScoreView> asOffice(SchemeDocument doc, Map<Long, EvaluationCategory> categories, List<Score> rows) {
        return rows.stream().map(s -> ScoreViews.of(s, doc.node(s.indicatorCode).orElse(null), categories.get(s.unitId),
                ScoreVisibility.parts(RoundPolicy.View.ALL, EvaluationStage.FIRST_MARK, false), figures)).toList();
    }

    private interface Marker {
        /** Validates the mark of the row (field prefix {@code field}) and writes it. */
        MarkSnapshot apply(Score row, IndicatorNode node, EvaluationCategory category, MarkInput mark, String field);
    }

    private Uni<List<ScoreView>> mark(ScopedActor actor, MarkEvaluationScoresInput in, EvaluationStage stage, String action,
                                      String auditAction, Marker marker) {
        return targets.managedRound(actor, in.roundId).chain(round -> {
            RoundStages.requireAt(round.stage, action, stage);
            return RoundTargets.roundUnit(round.id, in.unitId, "input.unitId").chain(ru -> RoundTargets.document(round)
                    .chain(doc -> RoundTargets.scoresOf(round.id, in.unitId).chain(rows -> {
                        Set<String> seen = new HashSet<>();
                        List<Score> changed = new ArrayList<>();
                        List<MarkSnapshot> before = new ArrayList<>();
                        List<MarkSnapshot> after = new ArrayList<>();
                        for (int i = 0; i < in.marks.size(); i++) {
                            MarkInput m = in.marks.get(i);
                            String field = "input.marks[" + i + "]";
                            Score row = RoundTargets.applicableRow(rows, m.indicatorCode, field + ".indicatorCode");
                            if (!seen.add(m.indicatorCode)) {
                                throw new ValidationException(field + ".indicatorCode", "指标 " + m.indicatorCode + " 重复评分 (marked twice)");
                            }
                            before.add(stage == EvaluationStage.FIRST_MARK ? new MarkSnapshot(row.indicatorCode, row.firstScore, row.firstReason)
                                    : new MarkSnapshot(row.indicatorCode, row.finalScore, row.finalReason));
                            after.add(marker.apply(row, RoundTargets.node(doc, m.indicatorCode), ru.category, m, field));
                            changed.add(row);
                        }
                        return Panache.getSession().chain(s -> s.flush())
                                .call(() -> audit.record(actor.actor(), auditAction, "EvaluationRound", round.id, before,
                                        new Object[] {in.unitId, after}))
                                .map(x -> asOffice(doc, Map.of(in.unitId, ru.category), changed));
                    })));
        });
    }

    @WithTransaction
    public Uni<List<ScoreView>> firstMark(ScopedActor actor, MarkEvaluationScoresInput in) {
        OffsetDateTime now = OffsetDateTime.now();
        return mark(actor, in, EvaluationStage.FIRST_MARK, "初评", "EVALUATION_FIRST_MARKED", (row, node, category, m, field) -> {
            BigDecimal score = MarkRules.inRange(field + ".score", m.score, MarkRules.maxPoints(node, category));
            row.firstReason = MarkRules.firstReason(field + ".reason", node, category, row.figure, score, m.reason);
            row.firstScore = score;
            row.firstByName = actor.actor().displayName();
            row.firstAt = now;
            return new MarkSnapshot(row.indicatorCode, score, row.firstReason);
        });
    }

    @WithTransaction
    public Uni<List<ScoreView>> finalMark(ScopedActor actor, MarkEvaluationScoresInput in) {
        OffsetDateTime now = OffsetDateTime.now();
        return mark(actor, in, EvaluationStage.FINAL_MARK, "终评", "EVALUATION_FINAL_MARKED", (row, node, category, m, field) -> {
            BigDecimal score = MarkRules.inRange(field + ".score", m.score, MarkRules.maxPoints(node, category));
            row.finalReason = MarkRules.finalReason(field + ".reason", row.firstScore, score, m.reason);
            row.finalScore = score;
            row.finalByName = actor.actor().displayName();
            row.finalAt = now;
            return new MarkSnapshot(row.indicatorCode, score, row.finalReason);
        });
    }

    /** Fills the first marks not given yet of rows with a figure by their rules (the unit's, or every unit's). */
    @WithTransaction
    public Uni<List<ScoreView>> fillFromRules(ScopedActor actor, FillFirstMarksInput in) {
        return targets.managedRound(actor, in.roundId).chain(round -> {
            RoundStages.requireAt(round.stage, "按规则预填初评", EvaluationStage.FIRST_MARK);
            Uni<Void> inRound = in.unitId == null ? Uni.createFrom().voidItem()
                    : RoundTargets.roundUnit(round.id, in.unitId, "input.unitId").replaceWithVoid();
            return inRound.chain(() -> RoundTargets.document(round)).chain(doc -> RoundUnit.<RoundUnit>list("roundId", round.id)
                    .chain(units -> Score.<Score>list("roundId = ?1 and notApplicable = false and firstScore is null and figure is not null"
                            + (in.unitId == null ? "" : " and unitId = ?2") + " order by unitId, id",
                            in.unitId == null ? new Object[] {round.id} : new Object[] {round.id, in.unitId}).chain(rows -> {
                                Map<Long, EvaluationCategory> categories = new HashMap<>();
                                units.forEach(u -> categories.put(u.unitId, u.category));
                                OffsetDateTime now = OffsetDateTime.now();
                                List<Score> filled = new ArrayList<>();
                                for (Score row : rows) {
                                    IndicatorNode node = RoundTargets.node(doc, row.indicatorCode);
                                    EvaluationCategory category = categories.get(row.unitId);
                                    BigDecimal rule = MarkRules.rulePoints(node, category, row.figure);
                                    if (rule != null) {
                                        row.firstScore = rule;
                                        row.firstReason = MarkRules.firstReason("input", node, category, row.figure, rule, null);
                                        row.firstByName = actor.actor().displayName();
                                        row.firstAt = now;
                                        filled.add(row);
                                    }
                                }
                                return Panache.getSession().chain(s -> s.flush())
                                        .call(() -> audit.record(actor.actor(), "EVALUATION_FIRST_MARKS_FILLED", "EvaluationRound", round.id,
                                                null, filled.stream().map(s -> new MarkSnapshot(s.unitId + "/" + s.indicatorCode,
                                                        s.firstScore, s.firstReason)).toList()))
                                        .map(x -> asOffice(doc, categories, filled));
                            })));
        });
    }

    /** The unit replies to its deductions, or with no replies accepts the marks; only in REPLY, before the window closes. */
    @WithTransaction
    public Uni<List<ScoreView>> reply(ScopedActor actor, ReplyToEvaluationMarksInput in) {
        return targets.ownRound(actor, in.roundId).chain(round -> {
            RoundStages.requireAt(round.stage, "反馈申辩", EvaluationStage.REPLY);
            OffsetDateTime now = OffsetDateTime.now();
            if (now.isAfter(round.replyClosesAt)) {
                throw new ConflictException("申辩期已于 " + round.replyClosesAt + " 结束 (the reply window has closed)");
            }
            return Submission.<Submission>find("roundId = ?1 and unitId = ?2 and form = ?3", round.id, actor.unitId(),
                    SubmissionForm.REPLY).firstResult().chain(sub -> {
                        if (sub == null) {
                            throw new ConflictException("本单位没有被扣分的指标，无需申辩 (no deduction to reply to)");
                        }
                        return RoundTargets.roundUnit(round.id, actor.unitId(), "input.roundId").chain(ru -> RoundTargets.document(round)
                                .chain(doc -> Score.<Score>list("roundId = ?1 and unitId = ?2", round.id, actor.unitId())
                                        .chain(rows -> writeReplies(actor, in.replies, rows, doc, ru, now).chain(snapshots -> {
                                            sub.status = SubmissionStatus.SUBMITTED;
                                            sub.submittedAt = now;
                                            sub.submittedByName = actor.actor().displayName();
                                            return Panache.getSession().chain(s -> s.flush())
                                                    .call(() -> audit.record(actor.actor(), snapshots.isEmpty()
                                                                    ? "EVALUATION_REPLY_WAIVED" : "EVALUATION_REPLIED",
                                                            "EvaluationRound", round.id, null, snapshots))
                                                    .map(x -> rows.stream().filter(r -> snapshots.stream().anyMatch(p -> p.scoreId() == r.id))
                                                            .map(r -> ScoreViews.of(r, doc.node(r.indicatorCode).orElse(null), ru.category,
                                                                    ScoreVisibility.parts(RoundPolicy.View.OWN, round.stage, true), figures))
                                                            .toList());
                                        }))));
                    });
        });
    }

    private static Uni<List<ReplySnapshot>> writeReplies(ScopedActor actor, List<ReplyInput> replies, List<Score> rows,
                                                         SchemeDocument doc, RoundUnit ru, OffsetDateTime now) {
        Uni<Void> files = Uni.createFrom().voidItem();
        List<ReplySnapshot> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < replies.size(); i++) {
            ReplyInput r = replies.get(i);
            String field = "input.replies[" + i + "]";
            Score row = rows.stream().filter(s -> s.id.equals(r.scoreId)).findFirst()
                    .orElseThrow(() -> new NotFoundException(RoundTargets.SCORE_NOT_FOUND));
            if (!seen.add(r.scoreId)) {
                throw new ValidationException(field + ".scoreId", "同一指标重复申辩 (replied twice)");
            }
            if (row.notApplicable || !MarkRules.lostPoints(row.firstScore, RoundTargets.node(doc, row.indicatorCode).pointsFor(ru.category))) {
                throw new ValidationException(field + ".scoreId", "该指标未被扣分，无需申辩 (the indicator lost no points)");
            }
            List<Long> ids = r.fileIds == null ? List.of() : r.fileIds.stream().distinct().toList();
            files = files.chain(() -> RoundTargets.requireOwnFiles(ids, ru.unitId, field + ".fileIds"));
            row.replyText = r.text;
            row.replyFileIds = new ArrayList<>(ids);
            row.replyByName = actor.actor().displayName();
            row.replyAt = now;
            out.add(new ReplySnapshot(row.id, r.text, ids));
        }
        return files.replaceWith(out);
    }

    /** 编办 changes a published final score with a reason: flagged on the row, kept as a change and in the audit trail. */
    @WithTransaction
    public Uni<List<ScoreView>> correct(ScopedActor actor, CorrectPublishedScoreInput in) {
        return Score.<Score>findById(in.scoreId).chain(row -> {
            if (row == null) {
                throw new NotFoundException(RoundTargets.SCORE_NOT_FOUND);
            }
            return targets.managedRound(actor, row.roundId).chain(round -> {
                RoundStages.requireAt(round.stage, "公布后更正", EvaluationStage.PUBLISHED);
                if (row.version != in.version) {
                    throw RoundTargets.stale("评分记录", row.version);
                }
                if (row.notApplicable) {
                    throw new ValidationException("input.scoreId", "该指标对本单位不适用 (the indicator does not apply to the unit)");
                }
                return RoundTargets.roundUnit(round.id, row.unitId, "input.scoreId").chain(ru -> RoundTargets.document(round).chain(doc -> {
                    IndicatorNode node = RoundTargets.node(doc, row.indicatorCode);
                    BigDecimal score = MarkRules.inRange("input.score", in.score, MarkRules.maxPoints(node, ru.category));
                    MarkSnapshot before = new MarkSnapshot(row.indicatorCode, row.finalScore, row.finalReason);
                    ScoreChange change = new ScoreChange();
                    change.scoreId = row.id;
                    change.oldScore = row.finalScore;
                    change.newScore = score;
                    change.reason = in.reason;
                    change.changedBy = actor.actor().displayName();
                    change.changedAt = OffsetDateTime.now();
                    row.finalScore = score;
                    row.finalReason = in.reason;
                    row.finalByName = change.changedBy;
                    row.finalAt = change.changedAt;
                    row.changedAfterPublication = true;
                    return change.persist().chain(() -> Panache.getSession().chain(s -> s.flush()))
                            .call(() -> audit.record(actor.actor(), "EVALUATION_SCORE_CORRECTED_AFTER_PUBLICATION", "EvaluationScore",
                                    row.id, before, new MarkSnapshot(row.indicatorCode, score, in.reason)))
                            .map(x -> asOffice(doc, Map.of(row.unitId, ru.category), List.of(row)));
                }));
            });
        });
    }
}
