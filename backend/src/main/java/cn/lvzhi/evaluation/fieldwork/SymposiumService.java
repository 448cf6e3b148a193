package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.fieldwork.Payloads.SymposiumPayload;
import cn.lvzhi.evaluation.fieldwork.inputs.RecordFieldworkSymposiumInput;
import cn.lvzhi.evaluation.fieldwork.inputs.RecordFieldworkSymposiumInput.PointInput;
import cn.lvzhi.evaluation.results.Finding;
import cn.lvzhi.evaluation.results.ProblemService;
import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 一场座谈: 编办 records the symposium held with a drawn unit (and may correct it); each point raised may be raised once
 * for the ledger (SYMPOSIUM) — a corrected record keeps the problems its unchanged points already raised.
 */
@ApplicationScoped
public class SymposiumService {
    static final String HELD_FUTURE = "座谈日期不能晚于今天 (the symposium cannot be in the future)";

    private final FieldworkAccess access;
    private final ProblemService problems;
    private final AuditLog audit;

    public SymposiumService(FieldworkAccess access, ProblemService problems, AuditLog audit) {
        this.access = access;
        this.problems = problems;
        this.audit = audit;
    }

    /** What the audit trail keeps of a record. */
    record Snapshot(String heldOn, String place, Symposium.Content content) {
        static Snapshot of(Symposium s) {
            return s == null ? null : new Snapshot(s.heldOn.toString(), s.place, s.content);
        }
    }

    public Uni<SymposiumPayload> record(ScopedActor actor, RecordFieldworkSymposiumInput in) {
        if (in.heldOn.isAfter(DateRanges.today())) {
            throw new ValidationException("input.heldOn", HELD_FUTURE);
        }
        int[] raised = {0};
        return Panache.withTransaction(() -> access.drawn(actor, in.roundId, in.unitId, "input.unitId").chain(d -> {
            FieldworkPolicy.record(d.sight()).orThrow();
            return Symposium.<Symposium>find("roundId = ?1 and unitId = ?2", in.roundId, in.unitId).<Symposium>firstResult();
        }).chain(existing -> {
            Symposium s = existing == null ? new Symposium() : existing;
            if (existing != null && (in.version == null || existing.version != in.version)) {
                throw new ConflictException("座谈记录已被修改（当前版本 " + existing.version + "），请刷新后重试 (stale version; current is "
                        + existing.version + ")");
            }
            Snapshot before = Snapshot.of(existing);
            Map<String, Long> already = new HashMap<>();
            s.getPoints().stream().filter(p -> p.problemId() != null).forEach(p -> already.put(p.text(), p.problemId()));
            s.roundId = in.roundId;
            s.unitId = in.unitId;
            s.heldOn = in.heldOn;
            s.place = in.place;
            s.recordedByName = actor.actor().displayName();
            s.updatedAt = OffsetDateTime.now();
            List<Symposium.Point> points = new ArrayList<>();
            in.points.forEach(p -> points.add(new Symposium.Point(p.text, already.get(p.text))));
            s.content = new Symposium.Content(
                    in.attendees.stream().map(a -> new Symposium.Attendee(a.name, a.position)).toList(), points,
                    in.talks.stream().map(t -> new Symposium.Talk(t.person, t.position, t.summary)).toList());
            Uni<Symposium> chain = s.persistAndFlush();
            for (int i = 0; i < in.points.size(); i++) {
                PointInput p = in.points.get(i);
                int index = i;
                if (Boolean.TRUE.equals(p.raiseProblem) && points.get(i).problemId() == null) {
                    chain = chain.chain(saved -> problems.record(actor, Finding.of(saved.roundId, saved.unitId,
                            ProblemSource.SYMPOSIUM, saved.id, p.text)).map(problem -> {
                        List<Symposium.Point> now = new ArrayList<>(saved.getPoints());
                        now.set(index, new Symposium.Point(p.text, problem.id));
                        saved.content = new Symposium.Content(saved.content.attendees(), now, saved.content.talks());
                        raised[0]++;
                        return saved;
                    }));
                }
            }
            return chain.call(x -> Panache.getSession().chain(session -> session.flush()))
                    .call(x -> audit.record(actor.actor(), existing == null ? "FIELDWORK_SYMPOSIUM_RECORDED" : "FIELDWORK_SYMPOSIUM_CORRECTED",
                            "FieldworkSymposium", x.id, before, Snapshot.of(x)));
        })).map(s -> new SymposiumPayload(s, raised[0]));
    }
}
