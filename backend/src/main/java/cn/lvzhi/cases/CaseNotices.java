package cn.lvzhi.cases;

import cn.lvzhi.notifications.NotificationService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/**
 * Turns each timeline step into the notifications {@link CaseNoticeRule} names (派单、催办、临期、超期、反馈、评价、申诉、
 * 争议、重办), in the step's transaction, and tells the open boards that cases changed. Being a {@link CaseStepListener},
 * it hears every path that writes a step, the overdue job's included.
 */
@ApplicationScoped
public class CaseNotices implements CaseStepListener {
    private final NotificationService notifications;

    public CaseNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Uni<Void> stepped(CaseEvent step) {
        CaseNoticeRule.Notice notice = CaseNoticeRule.of(step.kind);
        Uni<Void> told = notice.audience() == CaseNoticeRule.Audience.NOBODY ? Uni.createFrom().voidItem()
                : Case.<Case>findById(step.caseId).chain(c -> dispatchOf(step).chain(d -> firstHop(notice, c)
                        .chain(hop -> send(notice, step, c, CaseNoticeRule.recipients(notice.audience(), c, d, hop, step.actorUnitId)))));
        return told.chain(notifications::casesChanged);
    }

    private static Uni<Dispatch> dispatchOf(CaseEvent step) {
        return step.dispatchId == null ? Uni.createFrom().nullItem() : Dispatch.findById(step.dispatchId);
    }

    private static Uni<List<Dispatch>> firstHop(CaseNoticeRule.Notice notice, Case c) {
        return notice.audience() != CaseNoticeRule.Audience.DISPUTE_PARTIES ? Uni.createFrom().item(List.of())
                : Dispatch.list("caseId = ?1 and parentDispatchId is null", c.id);
    }

    private Uni<Void> send(CaseNoticeRule.Notice notice, CaseEvent step, Case c, Set<Long> units) {
        return Multi.createFrom().iterable(messages(notice, step, c, units))
                .onItem().transformToUniAndConcatenate(notifications::send)
                .collect().last().replaceWithVoid();
    }

    /**
     * The notifications of a step of the case {@code c} (its dispatch {@code d}, or null), when the step's audience
     * needs no more than the step's own dispatch (not a dispute's parties): for the writes that insert them in their
     * own statement ({@link RatingWrite}, {@link DispatchWrite}).
     */
    static List<NotificationService.Message> messages(CaseEvent step, Case c, Dispatch d) {
        CaseNoticeRule.Notice notice = CaseNoticeRule.of(step.kind);
        if (notice.audience() == CaseNoticeRule.Audience.DISPUTE_PARTIES) {
            throw new IllegalArgumentException("a dispute's notices need the case's first hop: " + step.kind);
        }
        return notice.audience() == CaseNoticeRule.Audience.NOBODY ? List.of()
                : messages(notice, step, c, CaseNoticeRule.recipients(notice.audience(), c, d, List.of(), step.actorUnitId));
    }

    private static List<NotificationService.Message> messages(CaseNoticeRule.Notice notice, CaseEvent step, Case c, Set<Long> units) {
        String title = CaseNoticeRule.title(notice.heading(), c, step.note);
        return units.stream().map(unit -> new NotificationService.Message(unit, notice.kind().name(), title, "Case", c.id,
                "/cases/" + c.id)).toList();
    }
}
