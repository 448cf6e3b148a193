package cn.lvzhi.cases;

import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Role;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who sees a case (DOMAIN.md §7): a grid worker the cases they reported; an integration client the cases it
 * submitted; a command centre the cases of its area; a department or township the cases it reported or that were
 * dispatched to it or by it (its offices included), 科室 staff (a token naming an office) those of their office
 * only; the discipline office and the organisation department the cases that ever had an UNSATISFIED rating (a
 * rating revised on appeal keeps the case, and its history, in their view); the establishment committee the cases that were ever DISPUTED (it decides
 * disputes); the establishment office and leaders every case of their region; others none.
 * A case outside this is NOT_FOUND, absent from lists and counts.
 * <p>
 * Inside a visible case, who sees which dispatch (谁派单、谁知情): a department or township that sees the case only
 * as a party sees the dispatches it sent or received and everything downstream of them; every other role that sees
 * the case sees its whole tree. Everything hanging off a dispatch — its reply, rating, reminders, appeal, timeline
 * steps and photos — is exactly as visible as the dispatch.
 * <p>
 * Each rule is stated twice, as a Java predicate for what is already loaded ({@link #sees},
 * {@link #visibleDispatches}) and as an HQL condition for queries ({@link #condition}, {@link #dispatchCondition});
 * a test runs both over the same cases and actors and requires the same answer.
 */
public final class CaseVisibility {
    /**
     * The parameters of the HQL rules that hold the actor's scope (its region, area, units): few distinct values in a
     * deployment, and they decide how much of a table a query reads and so which index serves it.
     */
    public static final Set<String> SCOPE_PARAMETERS = Set.of("vActing", "vUnits", "vOwn", "vRegion", "vArea");

    /** What visibility depends on: the reporter, the originating unit's and the area's path, the parties' paths. */
    public record CaseFacts(String reporterSubject, String originPath, String areaPath, boolean hasUnsatisfied,
                            boolean everDisputed, Collection<String> partyPaths) {
    }

    /** A dispatch as the tree filter sees it. */
    public record DispatchFacts(long id, Long parentId, String fromPath, String toPath) {
    }

    private CaseVisibility() {
    }

    /** Does the actor see the whole case, every dispatch in it, by a role wider than being a party? */
    private static boolean seesWhole(ScopedActor a, CaseFacts c) {
        return (a.has(Role.LEADER) || a.has(Role.ESTABLISHMENT_OFFICE)) && a.regionHolds(c.areaPath())
                || a.commands(c.areaPath())
                || (a.has(Role.DISCIPLINE) || a.has(Role.ORGANISATION)) && c.hasUnsatisfied() && a.regionHolds(c.areaPath())
                || a.has(Role.COMMITTEE) && c.everDisputed() && a.regionHolds(c.areaPath())
                || (a.has(Role.GRID_WORKER) || a.has(Role.INTEGRATION)) && a.actor().subject().equals(c.reporterSubject());
    }

    /**
     * A department or township (or one of their offices): sees a case, and its part of it, as a party — as the unit
     * it acts for ({@link ScopedActor#actingPath}: 科室 staff their office, everyone else their unit and its offices).
     */
    private static boolean party(ScopedActor a) {
        return (a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP)) && a.actingPath() != null;
    }

    public static boolean sees(ScopedActor a, CaseFacts c) {
        return seesWhole(a, c) || party(a) && (a.actsFor(c.originPath()) || c.partyPaths().stream().anyMatch(a::actsFor));
    }

    /**
     * The HQL condition over case {@code c} under which the actor sees it, filling in its parameters; exactly
     * {@link #sees}. A party is the originating unit, or the dispatching or the handling unit of any dispatch of the
     * case ({@link CaseParty}, kept by the database for every write).
     */
    public static String condition(ScopedActor a, Map<String, Object> params) {
        List<String> any = whole(a, params);
        if (party(a)) {
            // the acting unit's rows of CaseParty: a unit is a party to a case when it or a unit below it originated
            // the case or sent or received a dispatch of it, so its cases are one range of one index, read in id
            // order, and the cost grows with the party's own cases, not with every dispatch
            params.put("vActing", a.actingUnitId());
            any.add("c.id in (select vp.caseId from CaseParty vp where vp.unitId = :vActing)");
        }
        return or(any);
    }

    /**
     * The HQL condition over dispatch {@code d} of case {@code c} under which the actor sees the dispatch, filling in
     * its parameters; exactly {@link #visibleDispatches}. It is meant beside {@link #condition} (a dispatch is never
     * visible in an invisible case): a party sees {@code d} when it sent or received {@code d} or a dispatch whose
     * id is on {@code d}'s ancestry.
     */
    public static String dispatchCondition(ScopedActor a, Map<String, Object> params) {
        List<String> any = whole(a, params);
        if (party(a)) {
            // the dispatches at or above d first (a few rows of its case), then whether the party sent or received one
            String units = actingUnits(a, params);
            any.add("exists (select 1 from Dispatch up where up.caseId = d.caseId"
                    + " and (up.id = d.id or d.ancestry like concat(up.ancestry, cast(up.id as String), '/%'))"
                    + " and (up.fromUnitId in " + units + " or up.toUnitId in " + units + "))");
        }
        return or(any);
    }

    /**
     * The units a party acts for ({@link ScopedActor#actingPath} and below), filling in the parameter: their ids as a
     * list where the actor carries them (a plan on unit ids uses their indexes whatever the ids), else selected by path.
     */
    private static String actingUnits(ScopedActor a, Map<String, Object> params) {
        if (a.actingUnits() != null) {
            params.put("vUnits", a.actingUnits());
            return ":vUnits";
        }
        params.put("vOwn", a.actingPath() + "%");
        return "(select vu.id from Unit vu where vu.path like :vOwn)";
    }

    /** The conditions of {@link #seesWhole} over case {@code c}. */
    private static List<String> whole(ScopedActor a, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
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
        if (a.has(Role.GRID_WORKER) || a.has(Role.INTEGRATION)) {
            any.add("c.reporterSubject = :vSubject");
            params.put("vSubject", a.actor().subject());
        }
        return any;
    }

    private static String or(List<String> any) {
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    /**
     * Which dispatches of a visible case the actor sees: a department or township (without a wider role) sees the
     * dispatches it sent or received and everything downstream of them (知情); every other role sees the whole tree.
     */
    public static Set<Long> visibleDispatches(ScopedActor a, CaseFacts c, List<DispatchFacts> dispatches) {
        Set<Long> seen = new HashSet<>();
        if (seesWhole(a, c)) {
            dispatches.forEach(d -> seen.add(d.id()));
            return seen;
        }
        if (!party(a)) {
            return seen;
        }
        Deque<Long> todo = new ArrayDeque<>();
        dispatches.stream().filter(d -> a.actsFor(d.fromPath()) || a.actsFor(d.toPath())).forEach(d -> todo.add(d.id()));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (seen.add(id)) {
                dispatches.stream().filter(d -> id.equals(d.parentId())).forEach(d -> todo.add(d.id()));
            }
        }
        return seen;
    }
}
