package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.CaseBasisInput;
import cn.lvzhi.cases.inputs.SetCaseBasisInput;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.lists.PowerItems;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names a hop's legal basis (办理依据, {@link BasisRule}): on its own ({@code setCaseBasis}), with the reply, or when the
 * handler passes the hop on to its 科室. The named item is read before the transaction opens (the transaction then
 * needs no second connection); inside it the case is locked, the handler, the hop's state and the department are
 * checked, and the change is audited — for the hop, and for the case when the hop is its live first-hop lead.
 */
@ApplicationScoped
public class HopBasis {
    /** The input field every basis rule names. */
    public static final String FIELD = "input.basis";

    private final ListReads lists;
    private final CaseTrail trail;

    public HopBasis(ListReads lists, CaseTrail trail) {
        this.lists = lists;
        this.trail = trail;
    }

    /** A basis read and checked on its own, ready to be set on a hop; {@code item} null clears the basis. */
    public record Named(BasisRule.Item item, String duty) {
        static final Named NONE = new Named(null, null);
    }

    /** What the audit trail keeps of a basis. */
    record Snapshot(Long powerItemId, Integer powerItemVersion, String supervisionDuty) {
        static final Snapshot NONE = new Snapshot(null, null, null);

        static Snapshot of(NamedBasis b) {
            return b == null || b.itemId == null ? NONE : new Snapshot(b.itemId, b.itemVersion, b.duty);
        }

        NamedBasis stored() {
            return powerItemId == null ? null : new NamedBasis(powerItemId, powerItemVersion, supervisionDuty);
        }
    }

    /** Reads the named item (outside any transaction) and checks it on its own; a null input names nothing. */
    public Uni<Named> prepare(CaseBasisInput in) {
        if (in == null) {
            return Uni.createFrom().item(Named.NONE);
        }
        return lists.itemsByIds(List.of(in.powerItemId)).map(found -> {
            BasisRule.Item item = item(found.get(in.powerItemId));
            return new Named(item, BasisRule.checkItem(FIELD, item, in.supervisionDuty));
        });
    }

    static BasisRule.Item item(ListItem i) {
        if (i == null) {
            return null;
        }
        return new BasisRule.Item(i.id, i.kind, i.status, i.unitId, i.publishedVersion, PowerItems.supervisionDuties(i));
    }

    /** setCaseBasis: names, changes or clears the basis of a hop the caller handles. */
    public Uni<DispatchPayload> set(ScopedActor a, SetCaseBasisInput in) {
        return prepare(in.basis).chain(named -> Panache.withTransaction(() -> apply(a, in.dispatchId, named, in.dispatchVersion)));
    }

    /**
     * Runs {@code work} (a reply, a passing-on) and names the basis of hop {@code dispatchId} in the same transaction,
     * so an invalid basis leaves the work undone too; nothing is named when the input is absent.
     */
    public <T> Uni<T> alongside(ScopedActor a, CaseBasisInput in, Long dispatchId, Supplier<Uni<T>> work) {
        if (in == null) {
            return work.get();
        }
        if (dispatchId == null) {
            throw new ValidationException(FIELD, BasisRule.FIRST_HOP);
        }
        return prepare(in).chain(named -> Panache.withTransaction(() -> work.get().call(() -> apply(a, dispatchId, named, null))));
    }

    private Uni<DispatchPayload> apply(ScopedActor a, long dispatchId, Named named, Integer seenVersion) {
        return CaseLocks.lockByDispatch(a, dispatchId).chain(l -> {
            Dispatch d = l.dispatch(dispatchId);
            CasePolicy.handle(l.actor(), d).orThrow();
            Case c = l.caseFile();
            if (seenVersion != null && seenVersion != d.version) {
                throw new ConflictException("派单已被他人更新（当前版本 " + d.version + "），请刷新后重试 (stale dispatch version)");
            }
            var settable = BasisRule.settable(d.status, d.closedAt != null, c.status);
            if (!settable.allowed()) {
                throw new ConflictException(settable.reason());
            }
            return CaseLocks.unitsIn(Set.of(d.toUnitId)).chain(units -> {
                Unit to = units.get(d.toUnitId);
                if (named.item() != null) {
                    BasisRule.checkDepartment(FIELD, named.item(), BasisRule.department(to.kind, to.id, to.parentId));
                }
                return write(l, d, named).map(x -> new DispatchPayload(d, c));
            });
        });
    }

    private Uni<Void> write(CaseLocks.Locked l, Dispatch d, Named named) {
        Snapshot before = Snapshot.of(d.namedBasis);
        Snapshot after = named.item() == null ? Snapshot.NONE : new Snapshot(named.item().id(), named.item().version(), named.duty());
        if (before.equals(after)) {
            return Uni.createFrom().voidItem();
        }
        d.namedBasis = after.stored();
        Case c = l.caseFile();
        boolean caseToo = BasisRule.namesCase(d.parentDispatchId, d.role, d.status);
        Snapshot caseBefore = Snapshot.of(c.namedBasis);
        if (caseToo) {
            c.namedBasis = after.stored();
            c.updatedAt = OffsetDateTime.now();
        }
        return d.<Dispatch>persist().chain(() -> c.<Case>persistAndFlush())
                .chain(() -> trail.audit(l.actor(), "DISPATCH_BASIS_SET", "Dispatch", d.id, before, after))
                .chain(() -> caseToo && !Objects.equals(caseBefore, after)
                        ? trail.audit(l.actor(), "CASE_BASIS_SET", "Case", c.id, caseBefore, after) : Uni.createFrom().voidItem());
    }
}
