package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.TransactionSignals;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.fieldwork.Payloads.LetterPayload;
import cn.lvzhi.evaluation.fieldwork.Payloads.ProblemPayload;
import cn.lvzhi.evaluation.fieldwork.inputs.IssueFieldworkInquiryLetterInput;
import cn.lvzhi.evaluation.fieldwork.inputs.RaiseFieldworkInquiryProblemInput;
import cn.lvzhi.evaluation.fieldwork.inputs.ReplyFieldworkInquiryLetterInput;
import cn.lvzhi.evaluation.files.EvaluationFiles;
import cn.lvzhi.evaluation.results.Finding;
import cn.lvzhi.evaluation.results.ProblemService;
import cn.lvzhi.evaluation.results.ProblemSource;
import cn.lvzhi.evaluation.rounds.LetterNumbers;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 一次函调: 编办 writes a numbered inquiry letter (清编函〔2026〕N号) about a drawn unit to 司法局, the 12345 command centre
 * or the unit itself; the addressee records its reply once; 编办 raises problems the reply shows for the ledger.
 */
@ApplicationScoped
public class InquiryLetterService {
    static final String ADDRESSEE = "收函单位须为本辖区司法局、12345 指挥中心或被抽中单位本身 (the addressee must be the justice bureau, "
            + "the command centre or the drawn unit)";
    static final String DUE_PAST = "答复期限不能早于今天 (the reply due date cannot be in the past)";
    static final String REPLIED = "该函调已答复 (the letter has been replied to)";
    static final String NOT_REPLIED = "该函调尚未答复 (the letter has no reply yet)";
    static final String KEY_REUSED = "请求标识已用于另一份函调函 (the client key was used for another letter)";

    private final FieldworkAccess access;
    private final EvaluationFiles files;
    private final ProblemService problems;
    private final AuditLog audit;

    public InquiryLetterService(FieldworkAccess access, EvaluationFiles files, ProblemService problems, AuditLog audit) {
        this.access = access;
        this.files = files;
        this.problems = problems;
        this.audit = audit;
    }

    /** What the audit trail keeps of a letter. */
    record Snapshot(String letterNo, long unitId, long addresseeUnitId, int questions, String replyDueOn, boolean replied) {
        static Snapshot of(InquiryLetter l) {
            return new Snapshot(l.letterNo, l.unitId, l.addresseeUnitId, l.questions.size(), l.replyDueOn.toString(), l.repliedAt != null);
        }
    }

    /** Whether a unit may be addressed about the drawn unit: 司法局, a command centre of the region, or the unit itself. */
    static boolean addressable(Unit addressee, Unit drawn, String regionPath) {
        if (addressee.id.equals(drawn.id)) {
            return true;
        }
        boolean inRegion = addressee.path != null && addressee.path.startsWith(regionPath);
        return inRegion && (addressee.kind == cn.lvzhi.org.UnitKind.COMMAND_CENTRE || addressee.name.endsWith("司法局"));
    }

    public Uni<LetterPayload> issue(ScopedActor actor, IssueFieldworkInquiryLetterInput in) {
        return Panache.withTransaction(() -> access.drawn(actor, in.roundId, in.unitId, "input.unitId").chain(d -> {
            FieldworkPolicy.record(d.sight()).orThrow();
            if (in.replyDueOn.isBefore(DateRanges.today())) {
                throw new ValidationException("input.replyDueOn", DUE_PAST);
            }
            Uni<InquiryLetter> retried = in.clientKey == null ? Uni.createFrom().nullItem()
                    : InquiryLetter.<InquiryLetter>find("clientKey", in.clientKey).<InquiryLetter>firstResult();
            return retried.chain(first -> {
                if (first != null) {
                    if (!first.unitId.equals(in.unitId) || !first.addresseeUnitId.equals(in.addresseeUnitId)
                            || !first.subject.equals(in.subject) || !first.questions.equals(in.questions)) {
                        throw new ConflictException(KEY_REUSED);
                    }
                    return Uni.createFrom().item(first);
                }
                return Unit.<Unit>findById(in.addresseeUnitId).chain(addressee -> {
                    if (addressee == null || !addressable(addressee, d.unit(), d.round().regionPath)) {
                        throw new ValidationException("input.addresseeUnitId", ADDRESSEE);
                    }
                    return Unit.<Unit>findById(actor.unitId()).chain(office -> number(office.name));
                }).chain(no -> {
                    InquiryLetter l = new InquiryLetter();
                    l.roundId = in.roundId;
                    l.unitId = in.unitId;
                    l.addresseeUnitId = in.addresseeUnitId;
                    l.letterNo = no;
                    l.subject = in.subject;
                    l.questions = List.copyOf(in.questions);
                    l.replyDueOn = in.replyDueOn;
                    l.clientKey = in.clientKey;
                    l.issuedByName = actor.actor().displayName();
                    l.issuedAt = OffsetDateTime.now();
                    l.replyFileIds = List.of();
                    return l.<InquiryLetter>persistAndFlush().call(x -> audit.record(actor.actor(), "FIELDWORK_LETTER_ISSUED",
                            "FieldworkInquiryLetter", x.id, null, Snapshot.of(x)));
                });
            });
        })).map(LetterPayload::new);
    }

    /** The next number of the office's inquiry letters this year, drawn under a lock of the series. */
    private static Uni<String> number(String officeName) {
        String prefix = officeName.substring(0, officeName.offsetByCodePoints(0, 1)) + "编函〔" + DateRanges.today().getYear() + "〕";
        return TransactionSignals.lockUntilEnd(prefix).chain(Panache::getSession)
                .chain(s -> s.createNativeQuery("select letter_no from fieldwork_inquiry_letter where letter_no like :p",
                        String.class).setParameter("p", prefix + "%").getResultList())
                .map(issued -> LetterNumbers.next(prefix, issued));
    }

    public Uni<LetterPayload> reply(ScopedActor actor, ReplyFieldworkInquiryLetterInput in) {
        List<Long> fileIds = in.fileIds == null ? List.of() : in.fileIds.stream().distinct().toList();
        return Panache.withTransaction(() -> access.letter(actor, in.letterId).chain(a -> {
            InquiryLetter l = a.letter();
            FieldworkPolicy.reply(actor, l.addresseeUnitId).orThrow();
            if (l.version != in.version) {
                throw new ConflictException("函调函已被修改（当前版本 " + l.version + "），请刷新后重试 (stale version; current is " + l.version + ")");
            }
            if (l.repliedAt != null) {
                throw new ConflictException(REPLIED);
            }
            Snapshot before = Snapshot.of(l);
            return files.requireOwned(l.addresseeUnitId, fileIds, "input.fileIds").chain(() -> {
                l.replyText = in.replyText;
                l.replyFileIds = fileIds;
                l.repliedByName = actor.actor().displayName();
                l.repliedAt = OffsetDateTime.now();
                return l.<InquiryLetter>persistAndFlush().call(x -> audit.record(actor.actor(), "FIELDWORK_LETTER_REPLIED",
                        "FieldworkInquiryLetter", x.id, before, Snapshot.of(x)));
            });
        })).map(LetterPayload::new);
    }

    public Uni<ProblemPayload> raise(ScopedActor actor, RaiseFieldworkInquiryProblemInput in) {
        return Panache.withTransaction(() -> access.letter(actor, in.letterId).chain(a -> {
            FieldworkPolicy.record(a.sight()).orThrow();
            if (a.letter().repliedAt == null) {
                throw new ConflictException(NOT_REPLIED);
            }
            return problems.record(actor, Finding.of(a.letter().roundId, a.letter().unitId, ProblemSource.INQUIRY,
                    a.letter().id, in.description));
        })).map(p -> new ProblemPayload(p.id));
    }
}
