package cn.lvzhi.cases;

import cn.lvzhi.security.Role;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who sees a case (DOMAIN.md §7): a grid worker the cases they reported; an integration client the cases it
 * submitted; a command centre the cases of its area; a department or township the cases it reported or that were
 * dispatched to it or by it (its offices included); the discipline office and the organisation department the
 * cases with an UNSATISFIED rating; the establishment committee the cases that were ever DISPUTED (it decides
 * disputes); the establishment office and leaders every case of their region; others none.
 * A case outside this is NOT_FOUND, absent from lists and counts. {@link #condition} is the same rule as a query.
 */
public final class CaseVisibility {

    /** What visibility depends on: the reporter, the originating unit's and the area's path, the parties' paths. */
    public record CaseFacts(String reporterSubject, String originPath, String areaPath, boolean hasUnsatisfied,
                            boolean everDisputed, Collection<String> partyPaths) {
    }

    /** A dispatch as the tree filter sees it. */
    public record DispatchFacts(long id, Long parentId, String fromPath, String toPath) {
    }

    private CaseVisibility() {
    }

    public static boolean sees(CaseActor a, CaseFacts c) {
        if ((a.has(Role.LEADER) || a.has(Role.ESTABLISHMENT_OFFICE)) && a.regionHolds(c.areaPath())) {
            return true;
        }
        if (a.commands(c.areaPath())) {
            return true;
        }
        if ((a.has(Role.DISCIPLINE) || a.has(Role.ORGANISATION)) && c.hasUnsatisfied() && a.regionHolds(c.areaPath())) {
            return true;
        }
        if (a.has(Role.COMMITTEE) && c.everDisputed() && a.regionHolds(c.areaPath())) {
            return true;
        }
        if ((a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP))
                && (a.owns(c.originPath()) || c.partyPaths().stream().anyMatch(a::owns))) {
            return true;
        }
        return (a.has(Role.GRID_WORKER) || a.has(Role.INTEGRATION)) && a.actor().subject().equals(c.reporterSubject());
    }

    /**
     * The HQL condition over case {@code c} under which the actor sees it, filling in its parameters; exactly
     * {@link #sees}. A party is the dispatching or the handling unit of any dispatch of the case.
     */
    public static String condition(CaseActor a, Map<String, Object> params) {
        List<String> any = new java.util.ArrayList<>();
        if ((a.has(Role.LEADER) || a.has(Role.ESTABLISHMENT_OFFICE)) && a.regionPath() != null) {
            any.add("c.areaPath like :vRegion");
            params.put("vRegion", a.regionPath() + "%");
        }
        if (a.commandArea() != null) {
            any.add("c.areaPath like :vArea");
            params.put("vArea", a.commandArea() + "%");
        }
        if ((a.has(Role.DISCIPLINE) || a.has(Role.ORGANISATION)) && a.regionPath() != null) {
            any.add("(c.hasUnsatisfied = true and c.areaPath like :vRegion)");
            params.put("vRegion", a.regionPath() + "%");
        }
        if (a.has(Role.COMMITTEE) && a.regionPath() != null) {
            any.add("(c.everDisputed = true and c.areaPath like :vRegion)");
            params.put("vRegion", a.regionPath() + "%");
        }
        if ((a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP)) && a.unitPath() != null) {
            any.add("exists (select 1 from Unit ou where ou.id = c.originUnitId and ou.path like :vOwn)");
            any.add("exists (select 1 from Dispatch vd join Unit pu on (pu.id = vd.fromUnitId or pu.id = vd.toUnitId)"
                    + " where vd.caseId = c.id and pu.path like :vOwn)");
            params.put("vOwn", a.unitPath() + "%");
        }
        if (a.has(Role.GRID_WORKER) || a.has(Role.INTEGRATION)) {
            any.add("c.reporterSubject = :vSubject");
            params.put("vSubject", a.actor().subject());
        }
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    /**
     * Which dispatches of a visible case the actor sees: a department or township (without a wider role) sees the
     * dispatches it sent or received and everything downstream of them (知情); every other role sees the whole tree.
     */
    public static Set<Long> visibleDispatches(CaseActor a, CaseFacts c, List<DispatchFacts> dispatches) {
        Set<Long> all = new HashSet<>();
        dispatches.forEach(d -> all.add(d.id()));
        boolean wide = (a.has(Role.LEADER) || a.has(Role.ESTABLISHMENT_OFFICE)) && a.regionHolds(c.areaPath())
                || a.commands(c.areaPath())
                || (a.has(Role.DISCIPLINE) || a.has(Role.ORGANISATION)) && c.hasUnsatisfied() && a.regionHolds(c.areaPath())
                || a.has(Role.COMMITTEE) && c.everDisputed() && a.regionHolds(c.areaPath())
                || (a.has(Role.GRID_WORKER) || a.has(Role.INTEGRATION)) && a.actor().subject().equals(c.reporterSubject());
        if (wide) {
            return all;
        }
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        dispatches.stream().filter(d -> a.owns(d.fromPath()) || a.owns(d.toPath())).forEach(d -> todo.add(d.id()));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (seen.add(id)) {
                dispatches.stream().filter(d -> id.equals(d.parentId())).forEach(d -> todo.add(d.id()));
            }
        }
        return seen;
    }
}
