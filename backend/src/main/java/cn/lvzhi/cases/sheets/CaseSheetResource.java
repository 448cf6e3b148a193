package cn.lvzhi.cases.sheets;

import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.cases.CaseSource;
import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.cases.Dispatch;
import cn.lvzhi.cases.inputs.CaseFilter;
import cn.lvzhi.cases.stats.CaseStatisticsInput;
import cn.lvzhi.cases.stats.CaseStatisticsReads;
import cn.lvzhi.cases.stats.StatisticsGroupBy;
import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.QueryParams;
import cn.lvzhi.common.SheetReader;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The case sheets as .xlsx downloads: the filtered case list (the rows and visibility of the {@code cases} query,
 * the handling units of the dispatches the reader sees) and each statistics view (the {@code caseStatistics} query,
 * every group, not only those a chart has room for).
 */
@Path("/api/cases")
@ApiErrors
public class CaseSheetResource {
    private final CurrentScopedActor currentActor;
    private final CaseReads reads;
    private final CaseStatisticsReads statistics;
    private final ListReads lists;
    private final UnitReads units;

    public CaseSheetResource(CurrentScopedActor currentActor, CaseReads reads, CaseStatisticsReads statistics, ListReads lists,
                             UnitReads units) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.statistics = statistics;
        this.lists = lists;
        this.units = units;
    }

    @GET
    @Path("export")
    public Uni<Response> cases(@QueryParam("status") List<String> statuses, @QueryParam("areaUnitId") Long areaUnitId,
                               @QueryParam("originUnitId") Long originUnitId, @QueryParam("source") String source,
                               @QueryParam("reportedFrom") String reportedFrom, @QueryParam("reportedTo") String reportedTo,
                               @QueryParam("keyword") String keyword) {
        CaseFilter filter = new CaseFilter();
        filter.statuses = statuses == null ? null : statuses.stream().map(s -> QueryParams.enumValue(CaseStatus.class, "status", s, true)).toList();
        filter.areaUnitId = areaUnitId;
        filter.originUnitId = originUnitId;
        filter.source = QueryParams.enumValue(CaseSource.class, "source", source, false);
        filter.reportedFrom = QueryParams.time("reportedFrom", reportedFrom, false);
        filter.reportedTo = QueryParams.time("reportedTo", reportedTo, false);
        if (keyword != null && keyword.length() > 100) {
            throw new ValidationException("keyword", "关键词不能超过100个字 (keyword is at most 100 characters)");
        }
        filter.keyword = keyword;
        return currentActor.get().chain(actor -> reads.all(actor, filter).chain(cases -> reads.dispatches(actor, cases)
                .chain(dispatches -> names(cases, dispatches).chain(names -> SheetReader.onWorker(() -> {
                    LocalDate today = DateRanges.today();
                    byte[] xlsx = CaseSheets.cases("案件清单（导出日期：" + today.format(CaseSheets.DAY) + "，共 " + cases.size() + " 件）",
                            cases, dispatches, names);
                    return SheetWriter.attachment(xlsx, "lvzhi-cases-" + today, "案件清单_" + today.format(DateTimeFormatter.BASIC_ISO_DATE));
                })))));
    }

    /** The names a case row shows: its category's list item, its origin and area units and its handling units. */
    private Uni<CaseSheets.Names> names(List<Case> cases, List<List<Dispatch>> dispatches) {
        Set<Long> unitIds = new HashSet<>();
        cases.forEach(c -> {
            unitIds.add(c.originUnitId);
            unitIds.add(c.areaUnitId);
        });
        dispatches.forEach(ds -> ds.forEach(d -> unitIds.add(d.toUnitId)));
        unitIds.remove(null);
        List<Long> items = cases.stream().map(c -> c.categoryItemId).filter(Objects::nonNull).distinct().toList();
        return lists.itemsByIds(items).chain(byItem -> units.byIds(unitIds).map(byUnit ->
                new CaseSheets.Names(names(byItem, i -> i.name), names(byUnit, u -> u.name))));
    }

    @GET
    @Path("statistics/export")
    public Uni<Response> statistics(@QueryParam("groupBy") String groupBy, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("areaUnitId") Long areaUnitId,
                                    @QueryParam("minSample") Integer minSample) {
        CaseStatisticsInput in = new CaseStatisticsInput();
        in.groupBy = QueryParams.enumValue(StatisticsGroupBy.class, "groupBy", groupBy, true);
        in.from = QueryParams.time("from", from, true);
        in.to = QueryParams.time("to", to, true);
        in.areaUnitId = areaUnitId;
        in.minSample = minSample;
        return currentActor.get().chain(actor -> statistics.statistics(actor, in)).chain(stats -> SheetReader.onWorker(() -> {
            String view = CaseLabels.GROUP_BY.get(stats.groupBy());
            String period = stats.from().atZoneSameInstant(DateRanges.ZONE).format(CaseSheets.DAY) + "至"
                    + stats.to().atZoneSameInstant(DateRanges.ZONE).minusNanos(1).format(CaseSheets.DAY);
            byte[] xlsx = CaseSheets.statistics("案件统计（按" + view + "，" + period + "）", stats);
            return SheetWriter.attachment(xlsx, "lvzhi-case-statistics-" + stats.groupBy().name().toLowerCase(),
                    "案件统计_按" + view + "_" + DateRanges.today().format(DateTimeFormatter.BASIC_ISO_DATE));
        }));
    }

    private static <T> Map<Long, String> names(Map<Long, T> byId, Function<T, String> name) {
        Map<Long, String> out = new HashMap<>();
        byId.forEach((id, v) -> out.put(id, name.apply(v)));
        return out;
    }
}
