package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.HopReasonInput;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 闭环: a case does not close, and a hop does not reply upwards (which completes the case when it is the last first
 * hop), while a hop below is unsettled — open (待签收 SENT, 处理中 SIGNED) or replied and not yet rated — unless the
 * closing unit gives a reason for each such hop, which closes it unfinished (recorded on the hop, on the timeline and
 * in the audit trail). Refused, rated and closed hops are settled; nobody signs, replies to, reminds or rates a
 * closed hop ({@link #requireOpen}).
 */
public final class HopSettlement {
    /** The input field the reasons come in. */
    public static final String REASONS = "input.hopReasons";
    static final String CLOSED = "该环节已关闭，不能再办理、催办或评价 (the hop is closed)";

    /** A hop to close unfinished, with its reason. */
    public record Closing(Dispatch dispatch, String reason) {
    }

    private HopSettlement() {
    }

    /** Open (SENT, SIGNED) or replied and unrated, and not closed. */
    public static boolean unsettled(Dispatch d) {
        return d.closedAt == null && (d.status == DispatchStatus.SENT || d.status == DispatchStatus.SIGNED
                || d.status == DispatchStatus.REPLIED);
    }

    /** CONFLICT when the hop was closed unfinished. */
    public static void requireOpen(Dispatch d) {
        if (d.closedAt != null) {
            throw new ConflictException(CLOSED);
        }
    }

    /** The dispatches below {@code id} in the tree (its passes-on and theirs), not the dispatch itself. */
    public static List<Dispatch> below(Collection<Dispatch> all, long id) {
        Set<Long> inside = new HashSet<>(Set.of(id));
        List<Dispatch> out = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Dispatch d : all) {
                if (d.parentDispatchId != null && inside.contains(d.parentDispatchId) && inside.add(d.id)) {
                    out.add(d);
                    grew = true;
                }
            }
        }
        return out;
    }

    /**
     * The hops of {@code scope} the reasons close. VALIDATION naming {@link #REASONS} when an unsettled hop has no
     * reason, or a reason names a hop that is not an unsettled one of the scope, or names one twice.
     */
    public static List<Closing> closings(Collection<Dispatch> scope, List<HopReasonInput> reasons) {
        Map<Long, String> given = new HashMap<>();
        for (HopReasonInput r : reasons == null ? List.<HopReasonInput>of() : reasons) {
            String reason = r.reason == null ? null : r.reason.strip();
            if (reason == null || reason.isEmpty()) {
                throw new ValidationException(REASONS, "关闭理由不能为空 (a hop reason is empty)");
            }
            if (given.put(r.dispatchId, reason) != null) {
                throw new ValidationException(REASONS, "同一环节的关闭理由重复 (a hop is named twice)");
            }
        }
        List<Dispatch> open = scope.stream().filter(HopSettlement::unsettled).toList();
        Set<Long> openIds = open.stream().map(d -> d.id).collect(Collectors.toSet());
        if (!openIds.containsAll(given.keySet())) {
            throw new ValidationException(REASONS, "关闭理由只能针对尚未办结或尚未评价的环节 (a reason names a hop that is settled or not here)");
        }
        List<Dispatch> missing = open.stream().filter(d -> !given.containsKey(d.id)).toList();
        if (!missing.isEmpty()) {
            String ids = missing.stream().map(d -> String.valueOf(d.id)).collect(Collectors.joining("、"));
            throw new ValidationException(REASONS, "派单 " + ids + " 尚未办结或尚未评价，须逐一说明关闭理由"
                    + " (hops " + ids.replace("、", ", ") + " are open or unrated: give a reason for each)");
        }
        return open.stream().map(d -> new Closing(d, given.get(d.id))).toList();
    }

    /** Closes the hops unfinished, each with its step on the timeline and its audit row, in the caller's transaction. */
    static Uni<Void> close(CaseTrail trail, ScopedActor a, Case c, List<Closing> closings) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        OffsetDateTime now = OffsetDateTime.now();
        for (Closing x : closings) {
            Dispatch d = x.dispatch();
            chain = chain.chain(() -> {
                CaseTrail.DispatchSnapshot before = CaseTrail.DispatchSnapshot.of(d);
                d.closedAt = now;
                d.closeReason = x.reason();
                d.closedByName = a.actor().displayName();
                return d.persist()
                        .chain(() -> trail.step(a, c, d, CaseEventKind.HOP_CLOSED, x.reason()))
                        .chain(() -> trail.audit(a, "DISPATCH_CLOSED", "Dispatch", d.id, before, CaseTrail.DispatchSnapshot.of(d)));
            });
        }
        return chain;
    }
}
