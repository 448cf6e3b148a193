package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.DispatchTargetInput;
import cn.lvzhi.lists.ItemParties;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whom to dispatch a case to (派单建议): the units its list item names — the lead, the township of a territorial
 * item, the co-operating units — kept only where {@link DispatchPolicy} lets this actor dispatch them on this hop
 * (a first hop, or onward from the dispatch it signed for) and the hop has no live dispatch to them yet. A township
 * command room may not dispatch to a district department, so when the item's lead is out of its reach it is
 * offered the district command centre as the lead instead (it passes the case up, 上报区指挥中心).
 */
@ApplicationScoped
public class DispatchSuggestions {
    private final CaseReads reads;
    private final ListReads lists;
    private final ItemParties parties;

    public DispatchSuggestions(CaseReads reads, ListReads lists, ItemParties parties) {
        this.reads = reads;
        this.lists = lists;
        this.parties = parties;
    }

    /** The suggestions for a first hop ({@code parentDispatchId} null) or for passing that dispatch on. */
    public Uni<List<SuggestedHandler>> of(ScopedActor a, long caseId, Long parentDispatchId) {
        return reads.byId(a, caseId).chain(c -> parent(a, c, parentDispatchId)
                .chain(parent -> listed(a, c).chain(listed -> reads.dispatches(a, List.of(c)).chain(all -> {
                    List<Dispatch> live = all.get(0).stream()
                            .filter(d -> java.util.Objects.equals(d.parentDispatchId, parent == null ? null : parent.id))
                            .filter(d -> d.status != DispatchStatus.REFUSED && ReopenPolicy.inCurrentRound(c, d)).toList();
                    Set<Long> ids = new HashSet<>();
                    listed.forEach(s -> ids.add(s.unitId()));
                    return reads.units(ids).chain(units -> allowed(a, c, parent, listed, units, live));
                }))));
    }

    private Uni<Dispatch> parent(ScopedActor a, Case c, Long parentDispatchId) {
        if (parentDispatchId == null) {
            return Uni.createFrom().nullItem();
        }
        return reads.visibleDispatch(a, parentDispatchId).invoke(d -> {
            if (!d.caseId.equals(c.id)) {
                throw new cn.lvzhi.common.NotFoundException(CaseRefusals.DISPATCH_NOT_FOUND);
            }
        });
    }

    /** What the case's list item names, lead first. */
    private Uni<List<SuggestedHandler>> listed(ScopedActor a, Case c) {
        if (c.categoryItemId == null) {
            return Uni.createFrom().item(List.of());
        }
        return lists.item(a, c.categoryItemId).chain(parties::of).map(p -> {
            List<SuggestedHandler> out = new ArrayList<>();
            if (p.lead() != null) {
                out.add(new SuggestedHandler(p.lead().unitId(), DispatchRole.LEAD, p.lead().responsibility()));
            }
            if (p.townshipResponsibility() != null && (p.lead() == null || !c.areaUnitId.equals(p.lead().unitId()))) {
                out.add(new SuggestedHandler(c.areaUnitId, DispatchRole.CO_OPERATE, p.townshipResponsibility()));
            }
            p.cooperating().forEach(u -> out.add(new SuggestedHandler(u.unitId(), DispatchRole.CO_OPERATE, u.responsibility())));
            return out;
        });
    }

    private Uni<List<SuggestedHandler>> allowed(ScopedActor a, Case c, Dispatch parent, List<SuggestedHandler> listed,
                                                Map<Long, Unit> units, List<Dispatch> live) {
        List<SuggestedHandler> out = new ArrayList<>();
        for (SuggestedHandler s : listed) {
            Unit u = units.get(s.unitId());
            if (u != null && mayDispatch(a, c, parent, u, s.role(), live)) {
                out.add(s);
            }
        }
        SuggestedHandler lead = listed.stream().filter(s -> s.role() == DispatchRole.LEAD).findFirst().orElse(null);
        boolean leadOutOfReach = lead != null && out.stream().noneMatch(s -> s.role() == DispatchRole.LEAD);
        if (!leadOutOfReach || parent != null || a.unitKind() != UnitKind.TOWNSHIP_COMMAND_ROOM) {
            return Uni.createFrom().item(out);
        }
        String leadName = units.containsKey(lead.unitId()) ? units.get(lead.unitId()).name : "";
        return reads.commandCentreIn(a.regionPath()).map(centre -> {
            if (centre != null && mayDispatch(a, c, null, centre, DispatchRole.LEAD, live)) {
                out.add(0, new SuggestedHandler(centre.id, DispatchRole.LEAD, "清单牵头单位为" + leadName + "，由区指挥中心派单"));
            }
            return out;
        });
    }

    private static boolean mayDispatch(ScopedActor a, Case c, Dispatch parent, Unit u, DispatchRole role, List<Dispatch> live) {
        DispatchTargetInput target = new DispatchTargetInput();
        target.unitId = u.id;
        target.role = role;
        return DispatchPolicy.dispatch(a, c.areaPath, parent, new DispatchPolicy.Target(u.id, u.path, u.kind)).allowed()
                && DispatchPolicy.hop(List.of(target), live).allowed();
    }
}
