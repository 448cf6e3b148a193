package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.TransactionSignals;
import cn.lvzhi.evaluation.EvaluationStage;
import cn.lvzhi.evaluation.rounds.inputs.IssueReminderLettersInput;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issues reminder letters (提醒函): one numbered letter to each unit of the round still missing a form past its due
 * time, none to a unit that has submitted everything due. Letters are stored for good and audited.
 */
@ApplicationScoped
public class ReminderLetterService {
    private final RoundTargets targets;
    private final AuditLog audit;

    public ReminderLetterService(RoundTargets targets, AuditLog audit) {
        this.targets = targets;
        this.audit = audit;
    }

    /** What the audit trail keeps of a letter. */
    record LetterSnapshot(String letterNo, long unitId, List<String> missingForms) {
    }

    @WithTransaction
    public Uni<List<ReminderLetter>> issue(ScopedActor actor, IssueReminderLettersInput in) {
        return targets.managedRound(actor, in.roundId).chain(round -> {
            RoundStages.requireAt(round.stage, "发送提醒函", EvaluationStage.SELF_ASSESSMENT, EvaluationStage.FIRST_MARK,
                    EvaluationStage.REPLY, EvaluationStage.FINAL_MARK);
            OffsetDateTime now = OffsetDateTime.now();
            return Submission.<Submission>list("roundId = ?1 order by unitId, form", round.id).chain(subs -> {
                Map<Long, List<String>> missing = new TreeMap<>();
                subs.stream().filter(s -> SubmissionTiming.missing(s, now))
                        .forEach(s -> missing.computeIfAbsent(s.unitId, k -> new ArrayList<>()).add(s.form.name()));
                if (missing.isEmpty()) {
                    return Uni.createFrom().item(List.<ReminderLetter>of());
                }
                return Unit.<Unit>findById(actor.unitId()).chain(office -> number(LetterNumbers.prefix(office.name,
                        now.atZoneSameInstant(DateRanges.ZONE).getYear()), actor, round.id, missing));
            });
        });
    }

    /** Draws the numbers under a lock of the series, so two issues at once never share a number. */
    private Uni<List<ReminderLetter>> number(String prefix, ScopedActor actor, long roundId, Map<Long, List<String>> missing) {
        return TransactionSignals.lockUntilEnd(prefix).chain(Panache::getSession)
                .chain(s -> s.createNativeQuery("select letter_no from evaluation_reminder_letter where letter_no like :p",
                        String.class).setParameter("p", prefix + "%").getResultList())
                .chain(issued -> {
                    List<String> numbers = new ArrayList<>(issued);
                    List<ReminderLetter> letters = new ArrayList<>();
                    missing.forEach((unitId, forms) -> {
                        ReminderLetter l = new ReminderLetter();
                        l.roundId = roundId;
                        l.unitId = unitId;
                        l.letterNo = LetterNumbers.next(prefix, numbers);
                        l.missingForms = forms;
                        l.issuedByName = actor.actor().displayName();
                        numbers.add(l.letterNo);
                        letters.add(l);
                    });
                    return ReminderLetter.persist(letters).chain(() -> Panache.getSession().chain(s -> s.flush()))
                            .chain(() -> Panache.getSession().chain(s -> {
                                Uni<Void> chain = Uni.createFrom().voidItem();
                                for (ReminderLetter l : letters) {
                                    chain = chain.chain(() -> s.refresh(l))
                                            .chain(() -> audit.record(actor.actor(), "EVALUATION_REMINDER_LETTER_ISSUED", "EvaluationReminderLetter",
                                                    l.id, null, new LetterSnapshot(l.letterNo, l.unitId, l.missingForms)));
                                }
                                return chain;
                            }))
                            .replaceWith(letters);
                });
    }
}
