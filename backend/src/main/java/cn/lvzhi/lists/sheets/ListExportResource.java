package cn.lvzhi.lists.sheets;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.QueryParams;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListItemFilter;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListLabels;
import cn.lvzhi.lists.ListReads;
import cn.lvzhi.lists.PowerType;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.UnitLevel;
import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Downloads a list as .xlsx (清单导出), with the same filters and visibility as the {@code listItems} query, or the
 * empty import template of a list. A comparison report is downloaded from {@code ComparisonExportResource}.
 */
@Path("/api/lists")
@ApiErrors
public class ListExportResource {
    private final CurrentScopedActor currentActor;
    private final ListReads reads;
    private final UnitReads units;
    private final SheetUnits sheetUnits;

    public ListExportResource(CurrentScopedActor currentActor, ListReads reads, UnitReads units,
                              SheetUnits sheetUnits) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.units = units;
        this.sheetUnits = sheetUnits;
    }

    @GET
    @Path("export")
    public Uni<Response> export(@QueryParam("kind") String kind, @QueryParam("keyword") String keyword,
                                @QueryParam("unitId") Long unitId, @QueryParam("includeSubunits") Boolean includeSubunits,
                                @QueryParam("powerType") String powerType, @QueryParam("level") String level,
                                @QueryParam("template") boolean template) {
        ListItemFilter filter = new ListItemFilter();
        filter.kind = QueryParams.enumValue(ListKind.class, "kind", kind, true);
        filter.keyword = keyword;
        filter.unitId = unitId;
        filter.includeSubunits = includeSubunits;
        filter.powerType = QueryParams.enumValue(PowerType.class, "powerType", powerType, false);
        filter.level = QueryParams.enumValue(UnitLevel.class, "level", level, false);
        Uni<List<ListItem>> items = currentActor.get().chain(actor -> template ? Uni.createFrom().item(List.<ListItem>of())
                : reads.all(actor, filter));
        return items.chain(found -> units.byIds(found.stream().map(i -> i.unitId).distinct().toList()).chain(owners -> {
                    List<ListExport.ExportRow> rows = found.stream().map(i -> new ListExport.ExportRow(
                            new ListSheet.Entry(i.code, i.name, owners.get(i.unitId).code, i.details), i.publishedVersion)).toList();
                    Set<String> codes = new TreeSet<>();
                    rows.forEach(r -> codes.addAll(ListSheet.unitCodes(r.entry())));
                    return sheetUnits.byCodes(codes).map(byCode -> Map.entry(rows, SheetUnits.names(byCode)));
                }))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(data -> {
                    LocalDate today = LocalDate.now(DateRanges.ZONE);
                    String name = ListLabels.LIST_NAMES.get(filter.kind);
                    String title = template ? name + "导入模板（第 3 行起每行一个事项；必填列："
                            + String.join("、", ListSheet.requiredHeaders(filter.kind)) + "）"
                            : name + "（导出日期：" + today.format(DateTimeFormatter.ofPattern("yyyy年M月d日")) + "）";
                    byte[] xlsx = ListExport.write(filter.kind, title, data.getKey(), data.getValue());
                    return SheetWriter.attachment(xlsx, "lvzhi-" + filter.kind.name().toLowerCase() + (template ? "-template" : ""),
                            name + (template ? "导入模板" : "_" + today.format(DateTimeFormatter.BASIC_ISO_DATE)));
                });
    }
}
