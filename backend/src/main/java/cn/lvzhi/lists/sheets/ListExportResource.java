package cn.lvzhi.lists;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.UnitLevel;
import cn.lvzhi.org.UnitReads;
import cn.lvzhi.org.UnitScopes;
import cn.lvzhi.security.CurrentActor;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Downloads as .xlsx: a list (清单导出), with the same filters and visibility as the {@code listItems} query, and
 * a stored comparison report, with the same visibility as the {@code listComparison} query.
 */
@Path("/api/lists")
@ApiErrors
public class ListExportResource {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CurrentActor currentActor;
    private final UnitScopes scopes;
    private final ListReads reads;
    private final UnitReads units;
    private final SheetUnits sheetUnits;
    private final ComparisonService comparisons;

    public ListExportResource(CurrentActor currentActor, UnitScopes scopes, ListReads reads, UnitReads units,
                              SheetUnits sheetUnits, ComparisonService comparisons) {
        this.currentActor = currentActor;
        this.scopes = scopes;
        this.reads = reads;
        this.units = units;
        this.sheetUnits = sheetUnits;
        this.comparisons = comparisons;
    }

    @GET
    @Path("export")
    public Uni<Response> export(@QueryParam("kind") String kind, @QueryParam("keyword") String keyword,
                                @QueryParam("unitId") Long unitId, @QueryParam("includeSubunits") Boolean includeSubunits,
                                @QueryParam("powerType") String powerType, @QueryParam("level") String level,
                                @QueryParam("template") boolean template) {
        ListItemFilter filter = new ListItemFilter();
        filter.kind = parse(ListKind.class, "kind", kind, true);
        filter.keyword = keyword;
        filter.unitId = unitId;
        filter.includeSubunits = includeSubunits;
        filter.powerType = parse(PowerType.class, "powerType", powerType, false);
        filter.level = parse(UnitLevel.class, "level", level, false);
        Uni<List<ListItem>> items = currentActor.get().chain(actor -> template ? Uni.createFrom().item(List.<ListItem>of())
                : scopes.of(actor).chain(scope -> reads.all(actor, scope, filter)));
        return items.chain(found -> units.byIds(found.stream().map(i -> i.unitId).distinct().toList()).chain(owners -> {
                    List<ListExport.ExportRow> rows = found.stream().map(i -> new ListExport.ExportRow(
                            new ListSheet.Entry(i.code, i.name, owners.get(i.unitId).code, i.details), i.publishedVersion)).toList();
                    Set<String> codes = new TreeSet<>();
                    rows.forEach(r -> codes.addAll(ListSheet.unitCodes(r.entry())));
                    return sheetUnits.byCodes(codes).map(byCode -> Map.entry(rows, SheetUnits.names(byCode)));
                }))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(data -> {
                    LocalDate today = LocalDate.now(SHANGHAI);
                    String name = ListExport.LIST_NAMES.get(filter.kind);
                    String title = template ? name + "导入模板（第 3 行起每行一个事项；必填列："
                            + String.join("、", ListSheet.requiredHeaders(filter.kind)) + "）"
                            : name + "（导出日期：" + today.format(DateTimeFormatter.ofPattern("yyyy年M月d日")) + "）";
                    byte[] xlsx = ListExport.write(filter.kind, title, data.getKey(), data.getValue());
                    return SheetWriter.attachment(xlsx, "lvzhi-" + filter.kind.name().toLowerCase() + (template ? "-template" : ""),
                            name + (template ? "导入模板" : "_" + today.format(DateTimeFormatter.BASIC_ISO_DATE)));
                });
    }

    /** A report ready to be written: its sheet title and file name. */
    private record ReportSheet(ListComparison report, List<ListComparisonRow> rows, String title, String fileName) {
    }

    @GET
    @Path("comparisons/{id}/export")
    public Uni<Response> exportComparison(@PathParam("id") long id) {
        return currentActor.get().chain(actor -> comparisons.byId(actor, id))
                .chain(report -> comparisons.rows(List.of(report.id)).chain(rows -> units.byIds(
                        Stream.of(report.subjectUnitId, report.referenceUnitId).filter(Objects::nonNull).toList()).map(byId -> {
                            String subject = byId.get(report.subjectUnitId).name;
                            String scope = report.referenceUnitId == null ? subject : subject + " — " + byId.get(report.referenceUnitId).name;
                            String kind = ComparisonExport.KINDS.get(report.kind);
                            LocalDate day = report.runAt.atZoneSameInstant(SHANGHAI).toLocalDate();
                            return new ReportSheet(report, rows.getOrDefault(report.id, List.of()),
                                    kind + "（" + scope + "，" + day.format(DateTimeFormatter.ofPattern("yyyy年M月d日")) + "）",
                                    kind + "_" + subject + "_" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
                        })))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(sheet -> SheetWriter.attachment(ComparisonExport.write(sheet.report(), sheet.title(), sheet.rows()),
                        "lvzhi-comparison-" + id, sheet.fileName()));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(field, "缺少参数 " + field + " (required)");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "参数 " + field + " 无效 (invalid value)");
        }
    }
}
