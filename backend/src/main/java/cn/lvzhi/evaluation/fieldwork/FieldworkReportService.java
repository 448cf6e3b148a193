package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.fieldwork.Payloads.ReportPayload;
import cn.lvzhi.evaluation.fieldwork.inputs.ReviewFieldworkReportInput;
import cn.lvzhi.evaluation.fieldwork.inputs.SaveFieldworkReportInput;
import cn.lvzhi.evaluation.fieldwork.inputs.SubmitFieldworkReportInput;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.results.Finding;
import cn.lvzhi.evaluation.results.ProblemService;
import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 一个报告: the drawn unit writes its work report (a draft it may rewrite until it submits, and again once returned),
 * submits it, and 编办 accepts it or returns it with comments, raising the problems it found for the ledger.
 */
@ApplicationScoped
public class FieldworkReportService {
    static final String NOT_EDITABLE = "报告已提交或已通过，不能再修改 (the report is submitted or accepted)";
    static final String NOT_SUBMITTED = "报告尚未提交，不能审核 (the report is not submitted)";
    static final String COMMENT_REQUIRED = "退回时须填写审核意见 (a comment is required to return the report)";
    static final String REPORT_NOT_FOUND = "工作报告不存在 (report not found)";

    private final FieldworkAccess access;
    private final EvaluationFiles files;
    private final ProblemService problems;
    private final AuditLog audit;

    public FieldworkReportService(FieldworkAccess access, EvaluationFiles files, ProblemService problems, AuditLog audit) {
        this.access = access;
        this.files = files;
        this.problems = problems;
        this.audit = audit;
    }

    /** What the audit trail keeps of a report. */
    record Snapshot(ReportStatus status, int bodyLength, List<Long> fileIds, String reviewComment) {
        static Snapshot of(FieldworkReport r) {
            return r == null ? null : new Snapshot(r.status, r.body.length(), r.fileIds, r.reviewComment);
        }
    }

    public Uni<ReportPayload> save(ScopedActor actor, SaveFieldworkReportInput in) {
        return Panache.withTransaction(() -> access.drawn(actor, in.roundId, in.unitId, "input.unitId").chain(d -> {
            FieldworkPolicy.writeReport(d.sight()).orThrow();
            List<Long> fileIds = in.fileIds == null ? List.of() : in.fileIds.stream().distinct().toList();
            return files.requireOwned(in.unitId, fileIds, "input.fileIds")
                    .chain(() -> FieldworkReport.<FieldworkReport>find("roundId = ?1 and unitId = ?2", in.roundId, in.unitId).<FieldworkReport>firstResult())
                    .chain(existing -> {
                        Snapshot before = Snapshot.of(existing);
                        FieldworkReport r = existing;
                        if (r == null) {
                            r = new FieldworkReport();
                            r.roundId = in.roundId;
                            r.unitId = in.unitId;
                        } else {
                            requireVersion(r, in.version);
                            if (r.status != ReportStatus.DRAFT && r.status != ReportStatus.RETURNED) {
                                throw new ConflictException(NOT_EDITABLE);
                            }
                        }
                        r.body = in.body;
                        r.fileIds = fileIds;
                        if (r.status == null) {
                            r.status = ReportStatus.DRAFT;
                        }
                        r.updatedByName = actor.actor().displayName();
                        r.updatedAt = OffsetDateTime.now();
                        FieldworkReport saved = r;
                        return saved.<FieldworkReport>persistAndFlush().call(x -> audit.record(actor.actor(),
                                "FIELDWORK_REPORT_SAVED", "FieldworkReport", x.id, before, Snapshot.of(x)));
                    });
        })).map(r -> new ReportPayload(r, 0));
    }

    public Uni<ReportPayload> submit(ScopedActor actor, SubmitFieldworkReportInput in) {
        return Panache.withTransaction(() -> report(actor, in.reportId).chain(a -> {
            FieldworkPolicy.writeReport(a.drawn().sight()).orThrow();
            FieldworkReport r = a.report();
            requireVersion(r, in.version);
            if (r.status != ReportStatus.DRAFT && r.status != ReportStatus.RETURNED) {
                throw new ConflictException(NOT_EDITABLE);
            }
            Snapshot before = Snapshot.of(r);
            r.status = ReportStatus.SUBMITTED;
            r.submittedAt = OffsetDateTime.now();
            r.updatedAt = r.submittedAt;
            return r.<FieldworkReport>persistAndFlush().call(x -> audit.record(actor.actor(), "FIELDWORK_REPORT_SUBMITTED",
                    "FieldworkReport", x.id, before, Snapshot.of(x)));
        })).map(r -> new ReportPayload(r, 0));
    }

    public Uni<ReportPayload> review(ScopedActor actor, ReviewFieldworkReportInput in) {
        List<String> found = in.problems == null ? List.of() : in.problems;
        return Panache.withTransaction(() -> report(actor, in.reportId).chain(a -> {
            FieldworkPolicy.record(a.drawn().sight()).orThrow();
            FieldworkReport r = a.report();
            requireVersion(r, in.version);
            if (r.status != ReportStatus.SUBMITTED) {
                throw new ConflictException(NOT_SUBMITTED);
            }
            if (!in.accept && (in.comment == null || in.comment.isBlank())) {
                throw new ValidationException("input.comment", COMMENT_REQUIRED);
            }
            Snapshot before = Snapshot.of(r);
            r.status = in.accept ? ReportStatus.ACCEPTED : ReportStatus.RETURNED;
            r.reviewComment = in.comment;
            r.reviewedAt = OffsetDateTime.now();
            r.reviewedByName = actor.actor().displayName();
            Uni<FieldworkReport> chain = r.<FieldworkReport>persistAndFlush().call(x -> audit.record(actor.actor(),
                    "FIELDWORK_REPORT_REVIEWED", "FieldworkReport", x.id, before, Snapshot.of(x)));
            for (String problem : found) {
                chain = chain.call(x -> problems.record(actor, Finding.of(x.roundId, x.unitId, ProblemSource.REPORT_REVIEW, x.id, problem)));
            }
            return chain;
        })).map(r -> new ReportPayload(r, found.size()));
    }

    /** A report and its drawn unit as the actor sees it, or NOT_FOUND. */
    private Uni<ReportAccess> report(ScopedActor actor, long reportId) {
        return FieldworkReport.<FieldworkReport>findById(reportId).chain(r -> r == null
                ? Uni.createFrom().failure(new NotFoundException(REPORT_NOT_FOUND))
                : access.drawn(actor, r.roundId, r.unitId, null).map(d -> new ReportAccess(r, d)));
    }

    private record ReportAccess(FieldworkReport report, FieldworkAccess.Drawn drawn) {
    }

    static void requireVersion(FieldworkReport r, Integer seen) {
        if (seen == null || r.version != seen) {
            throw new ConflictException("工作报告已被修改（当前版本 " + r.version + "），请刷新后重试 (stale version; current is " + r.version + ")");
        }
    }
}
