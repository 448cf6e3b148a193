package cn.lvzhi.staffing;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.ForbiddenException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ReadSessions;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.PowerItems;
import cn.lvzhi.mandates.ApprovedPosts;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.org.UnitReads;
import cn.lvzhi.staffing.StaffingTypes.DepartmentWorkload;
import cn.lvzhi.staffing.StaffingTypes.OfficeWorkload;
import cn.lvzhi.staffing.StaffingTypes.PostSuggestionResult;
import cn.lvzhi.staffing.StaffingTypes.WorkloadSummary;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staffing from workload (编制测算, seed 004): yearly workload per power item, sums per office and department, and how
 * many posts move with an item when it moves to another unit (编随事转).
 */
@ApplicationScoped
public class StaffingService {
    static final String ITEM_NOT_FOUND = "权责事项不存在 (power item not found)";
    static final int MAX_ROWS = 5000;

    private final ReadSessions reads;
    private final UnitReads units;
    private final PowerItems powerItems;
    private final ApprovedPosts approvedPosts;
    private final AuditLog audit;

    public StaffingService(ReadSessions reads, UnitReads units, PowerItems powerItems, ApprovedPosts approvedPosts,
                           AuditLog audit) {
        this.reads = reads;
        this.units = units;
        this.powerItems = powerItems;
        this.approvedPosts = approvedPosts;
        this.audit = audit;
    }

    record WorkloadSnapshot(long itemId, int year, long officeUnitId, int received, int completed) {
    }

    /** A problem of the recordWorkload input as its error, naming the row's field. */
    private static void throwFirst(List<WorkloadRules.Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        WorkloadRules.Problem p = problems.get(0);
        if (p.forbidden()) {
            throw new ForbiddenException(p.message());
        }
        throw new ValidationException("input.rows[" + p.index() + "]." + p.field(), p.message());
    }

    private static int year(Integer year) {
        return year(year, "input.year");
    }

    static int year(Integer year, String field) {
        return DateRanges.year(field, year, "年度");
    }

    /** Records (or replaces) the year's workload of each row's item; every row is checked before any is written. */
    @WithTransaction
    public Uni<Integer> record(ScopedActor actor, StaffingTypes.RecordWorkload in) {
        int year = year(in.year);
        if (in.rows == null || in.rows.isEmpty() || in.rows.size() > MAX_ROWS) {
            throw new ValidationException("input.rows", "须录入 1 至 " + MAX_ROWS + " 行业务量 (1.." + MAX_ROWS + " rows)");
        }
        throwFirst(WorkloadRules.ofRows(in.rows));
        List<Long> itemIds = in.rows.stream().map(r -> r.itemId).toList();
        List<Long> unitIds = new ArrayList<>(in.rows.stream().map(r -> r.officeUnitId).distinct().toList());
        return powerItems.byIds(itemIds).chain(items -> {
            items.values().forEach(item -> unitIds.add(item.unitId()));
            return units.pathsOf(unitIds).map(paths -> {
                throwFirst(WorkloadRules.ofPlacement(actor, in.rows, items, paths));
                return items;
            });
        }).chain(items -> Workload.<Workload>list("year = ?1 and itemId in ?2", year, itemIds).chain(existing -> {
            Map<Long, Workload> byItem = new HashMap<>();
            existing.forEach(w -> byItem.put(w.itemId, w));
            List<Workload> rows = new ArrayList<>();
            List<WorkloadSnapshot> after = new ArrayList<>();
            for (StaffingTypes.WorkloadRow r : in.rows) {
                Workload w = byItem.computeIfAbsent(r.itemId, id -> {
                    Workload n = new Workload();
                    n.itemId = id;
                    n.year = year;
                    return n;
                });
                w.officeUnitId = r.officeUnitId;
                w.received = r.received;
                w.completed = r.completed;
                w.recordedBy = actor.actor().displayName();
                w.recordedAt = OffsetDateTime.now();
                rows.add(w);
                after.add(new WorkloadSnapshot(r.itemId, year, r.officeUnitId, r.received, r.completed));
            }
            return Workload.persist(rows).chain(() -> Panache.getSession().chain(s -> s.flush()))
                    .call(() -> audit.record(actor.actor(), "WORKLOAD_RECORDED", "PowerItemWorkload", year, null, after))
                    .replaceWith(rows.size());
        }));
    }

    /** The year's workload per office (busiest first) and per department, for the offices the actor sees. */
    public Uni<WorkloadSummary> summary(ScopedActor actor, int year) {
        String prefix = StaffingPolicy.visiblePrefix(actor);
        if (prefix == null) {
            return Uni.createFrom().item(new WorkloadSummary(year, List.of(), List.of()));
        }
        return reads.read(s -> s.createSelectionQuery("""
                        select w.officeUnitId, count(w), sum(w.received), sum(w.completed) from Workload w, Unit u
                        where w.year = :year and u.id = w.officeUnitId and u.path like :prefix group by w.officeUnitId""",
                        Object[].class).setParameter("year", year).setParameter("prefix", prefix + "%").getResultList())
                .chain(rows -> units.byIds(rows.stream().map(r -> (Long) r[0]).toList()).chain(offices -> {
                    List<Long> parents = offices.values().stream().filter(o -> o.parentId != null).map(o -> o.parentId).toList();
                    return units.byIds(parents).map(parentUnits -> assemble(year, rows, offices, parentUnits));
                }));
    }

    private static Unit departmentOf(Unit office, Map<Long, Unit> parents) {
        return office.kind == UnitKind.INTERNAL_OFFICE && parents.containsKey(office.parentId) ? parents.get(office.parentId) : office;
    }

    private static WorkloadSummary assemble(int year, List<Object[]> rows, Map<Long, Unit> offices, Map<Long, Unit> parents) {
        Map<Long, long[]> byDepartment = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Unit dept = departmentOf(offices.get((Long) r[0]), parents);
            long[] sums = byDepartment.computeIfAbsent(dept.id, k -> new long[3]);
            sums[0]++;
            sums[1] += ((Number) r[2]).longValue();
            sums[2] += ((Number) r[3]).longValue();
        }
        List<OfficeWorkload> officeRows = new ArrayList<>();
        for (Object[] r : rows) {
            Unit office = offices.get((Long) r[0]);
            Unit dept = departmentOf(office, parents);
            long completed = ((Number) r[3]).longValue();
            long deptCompleted = byDepartment.get(dept.id)[2];
            BigDecimal share = deptCompleted == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(deptCompleted), 4, RoundingMode.HALF_UP);
            officeRows.add(new OfficeWorkload(office, dept, ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), completed, share));
        }
        officeRows.sort(Comparator.comparingLong(OfficeWorkload::completed).reversed().thenComparing(o -> o.office().code));
        Map<Long, Unit> departments = new HashMap<>();
        officeRows.forEach(o -> departments.put(o.department().id, o.department()));
        List<DepartmentWorkload> deptRows = byDepartment.entrySet().stream()
                .map(e -> new DepartmentWorkload(departments.get(e.getKey()), (int) e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(DepartmentWorkload::completed).reversed().thenComparing(d -> d.department().code))
                .toList();
        return new WorkloadSummary(year, officeRows, deptRows);
    }

    /** How many posts move with the item to the other unit; NOT_FOUND for callers who do not decide staffing. */
    public Uni<PostSuggestionResult> suggest(ScopedActor actor, StaffingTypes.SuggestPosts in) {
        if (!StaffingPolicy.suggests(actor)) {
            return Uni.createFrom().failure(new NotFoundException(ITEM_NOT_FOUND));
        }
        int year = year(in.year);
        if (in.officePosts != null && in.officePosts < 0) {
            throw new ValidationException("input.officePosts", "编制数不能为负数 (posts cannot be negative)");
        }
        return reads.read(s -> s.createSelectionQuery("from Workload w where w.itemId = :item and w.year = :year", Workload.class)
                        .setParameter("item", in.itemId).setParameter("year", year).getResultList()
                        .chain(found -> {
                            if (found.isEmpty()) {
                                throw new ValidationException("input.itemId",
                                        "该事项 " + year + " 年尚无业务量记录 (no workload recorded for the item in that year)");
                            }
                            Workload w = found.get(0);
                            return s.createSelectionQuery(
                                            "select coalesce(sum(x.completed), 0) from Workload x where x.officeUnitId = :o and x.year = :y",
                                            Long.class).setParameter("o", w.officeUnitId).setParameter("y", year).getSingleResult()
                                    .map(total -> new Object[] {w, total});
                        }))
                .chain(pair -> {
                    Workload w = (Workload) pair[0];
                    long officeTotal = (Long) pair[1];
                    return powerItems.byIds(List.of(w.itemId)).chain(items -> units.byIds(List.of(w.officeUnitId, in.toUnitId))
                            .chain(found -> {
                                Unit office = found.get(w.officeUnitId);
                                Unit to = found.get(in.toUnitId);
                                if (to == null) {
                                    throw new ValidationException("input.toUnitId", "接收单位不存在 (unit not found)");
                                }
                                if (!actor.regionHolds(office.path)) {
                                    throw new NotFoundException(ITEM_NOT_FOUND);
                                }
                                return posts(in.officePosts, office.id).map(posts -> {
                                    PostSuggestion.Suggestion s = PostSuggestion.suggest(w.completed, officeTotal, posts);
                                    return new PostSuggestionResult(w.itemId, items.get(w.itemId).name(), office, to, w.completed,
                                            officeTotal, posts, s.share(), s.exactPosts(), s.posts());
                                });
                            }));
                });
    }

    private Uni<Integer> posts(Integer given, long officeId) {
        if (given != null) {
            return Uni.createFrom().item(given);
        }
        return approvedPosts.of(List.of(officeId)).map(byUnit -> {
            Integer posts = byUnit.get(officeId);
            if (posts == null) {
                throw new ValidationException("input.officePosts",
                        "该科室没有编制记录，请给出科室编制数 (the office has no recorded staffing; give its posts)");
            }
            return posts;
        });
    }
}
