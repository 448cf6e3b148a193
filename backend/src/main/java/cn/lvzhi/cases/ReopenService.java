package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.RecordCaseVisitInput;
import cn.lvzhi.cases.inputs.ReopenCaseInput;
import cn.lvzhi.common.Idempotency;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * 重办 and 回访 ({@link ReopenPolicy}): reopening a closed case moves it back to 已受理 in a new round of dispatch
 * on the same case, so its command centre dispatches it again while the earlier rounds' hops, ratings and closings
 * stay as they were; a return visit records the reporter's satisfaction. Both lock the case first
 * ({@link CaseLocks}) and leave their trail ({@link CaseTrail}) in the same transaction.
 */
@ApplicationScoped
public class ReopenService {
    private final CaseTrail trail;
    private final int windowDays;

    public ReopenService(CaseTrail trail,
                         @ConfigProperty(name = "lvzhi.cases.reopen-window-days", defaultValue = "30") int windowDays) {
        this.trail = trail;
        this.windowDays = windowDays;
    }

    /** Until when a closed case may be reopened; null unless it is closed. */
    public OffsetDateTime reopenableUntil(Case c) {
        return c.status == CaseStatus.CLOSED && c.closedAt != null ? ReopenPolicy.until(c.closedAt, windowDays) : null;
    }

    /**
     * Reopens a closed case with a reason, or — for a retried client key — returns the case as it is, once the
     * key's first reopening is found with the same content.
     */
    @WithTransaction
    public Uni<Case> reopen(ScopedActor a, ReopenCaseInput in) {
        String reason = in.reason.strip();
        String clientKey = Texts.optional(in.clientKey);
        String fingerprint = Idempotency.fingerprint(in.caseId, reason, clientKey);
        return CaseLocks.lock(a, in.caseId).chain(l -> {
            Case c = l.caseFile();
            Uni<CaseReopening> earlier = clientKey == null ? Uni.createFrom().nullItem()
                    : CaseReopening.<CaseReopening>find("caseId = ?1 and bySubject = ?2 and clientKey = ?3", c.id,
                    l.actor().actor().subject(), clientKey).firstResult();
            return earlier.chain(first -> first != null
                    ? Uni.createFrom().item(() -> Idempotency.replay(c, first.payloadHash, fingerprint, "input.clientKey"))
                    : reopenNow(l, reason, clientKey, fingerprint, in.caseVersion));
        });
    }

    private Uni<Case> reopenNow(CaseLocks.Locked l, String reason, String clientKey, String fingerprint, int seenVersion) {
        Case c = l.caseFile();
        ScopedActor a = l.actor();
        ReopenPolicy.speaksForReporter(a, c.originUnitId, c.reporterSubject, c.areaPath).orThrow();
        l.requireVersion(seenVersion);
        OffsetDateTime now = OffsetDateTime.now();
        ReopenPolicy.requireReopenable(c, now, windowDays);
        CaseTrail.CaseSnapshot before = CaseTrail.CaseSnapshot.of(c);
        c.status = CaseStatus.ACCEPTED;
        c.reopenCount++;
        c.round++;
        c.updatedAt = now;
        CaseReopening r = new CaseReopening();
        r.caseId = c.id;
        r.round = c.round;
        r.reason = reason;
        r.bySubject = a.actor().subject();
        r.byName = a.actor().displayName();
        r.byUnitId = a.actingUnitId();
        r.clientKey = clientKey;
        r.payloadHash = fingerprint;
        r.reopenedAt = now;
        return c.<Case>persistAndFlush()
                .call(() -> r.persistAndFlush())
                .call(saved -> trail.step(a, saved, null, CaseEventKind.REOPENED, "第 " + saved.round + " 轮办理：" + reason))
                .call(saved -> trail.caseMoved(a, "CASE_REOPENED", saved, before));
    }

    /** Records a return visit to the reporter of a completed or closed case. */
    @WithTransaction
    public Uni<CaseVisit> visit(ScopedActor a, RecordCaseVisitInput in) {
        String note = Texts.optional(in.note);
        if (in.satisfaction == RatingLevel.UNSATISFIED && note == null) {
            throw new ValidationException("input.note", "回访不满意时须填写回访情况 (a note is required when the reporter is unsatisfied)");
        }
        return CaseLocks.lock(a, in.caseId).chain(l -> {
            Case c = l.caseFile();
            ReopenPolicy.speaksForReporter(l.actor(), c.originUnitId, c.reporterSubject, c.areaPath).orThrow();
            ReopenPolicy.requireVisitable(c);
            CaseVisit v = new CaseVisit();
            v.caseId = c.id;
            v.round = c.round;
            v.way = in.way;
            v.satisfaction = in.satisfaction;
            v.note = note;
            v.bySubject = l.actor().actor().subject();
            v.byName = l.actor().actor().displayName();
            v.byUnitId = l.actor().actingUnitId();
            v.visitedAt = OffsetDateTime.now();
            String step = summary(v);
            return v.<CaseVisit>persistAndFlush()
                    .call(saved -> trail.step(l.actor(), c, null, CaseEventKind.REVISITED, step))
                    .call(saved -> trail.audit(l.actor(), "CASE_REVISITED", "CaseVisit", saved.id, null,
                            new VisitSnapshot(c.id, saved.round, saved.way, saved.satisfaction, saved.note)));
        });
    }

    private static final Map<VisitWay, String> WAYS = Map.of(VisitWay.PHONE, "电话回访", VisitWay.VISIT, "上门回访",
            VisitWay.SMS, "短信回访");
    private static final Map<RatingLevel, String> LEVELS = Map.of(RatingLevel.SATISFIED, "满意",
            RatingLevel.BASICALLY_SATISFIED, "基本满意", RatingLevel.UNSATISFIED, "不满意");

    /** The timeline's note of a visit: 「电话回访：不满意；路灯仍未修复」. */
    static String summary(CaseVisit v) {
        return WAYS.get(v.way) + "：" + LEVELS.get(v.satisfaction) + (v.note == null ? "" : "；" + v.note);
    }

    /** What the audit trail keeps of a return visit. */
    record VisitSnapshot(long caseId, int round, VisitWay way, RatingLevel satisfaction, String note) {
    }
}
