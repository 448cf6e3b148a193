package cn.lvzhi.lists;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.ApiException;
import cn.lvzhi.common.ForbiddenException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.UnauthenticatedException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Downloads as .xlsx: a list (清单导出), with the same filters and visibility as the {@code listItems} query, and
 * a stored comparison report, with the same visibility as the {@code listComparison} query.
 */
@Path("/api/lists")
@ApiErrors
public class ListExportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CurrentActor currentActor;
    private final UnitScopes scopes;
    private final ListReads reads;
    private final UnitReads units;
    private final ComparisonService comparisons;

    public ListExportResource(CurrentActor currentActor, UnitScopes scopes, ListReads reads, UnitReads units,
                              ComparisonService comparisons) {
        this.comparisons = comparisons;
        this.currentActor = currentActor;
        this.scopes = scopes;
        this.reads = reads;
        this.units = units;
    }

    @GET
    @Path("export")
    public Uni<Response> export(@QueryParam("kind") String kind, @QueryParam("keyword") String keyword,
                                @QueryParam("unitId") Long unitId, @QueryParam("includeSubunits") Boolean includeSubunits,
                                @QueryParam("powerType") String powerType, @QueryParam("level") String level) {
        ListItemFilter filter = new ListItemFilter();
        filter.kind = parse(ListKind.class, "kind", kind, true);
        filter.keyword = keyword;
        filter.unitId = unitId;
        filter.includeSubunits = includeSubunits;
        filter.powerType = parse(PowerType.class, "powerType", powerType, false);
        filter.level = parse(UnitLevel.class, "level", level, false);
        return currentActor.get().chain(actor -> scopes.of(actor).chain(scope -> reads.all(actor, scope, filter)))
                .chain(items -> units.byIds(items.stream().map(i -> i.unitId).distinct().toList()).map(byId -> {
                    Map<Long, String> names = new java.util.HashMap<>();
                    byId.forEach((id, u) -> names.put(id, u.name));
                    return Map.entry(items, names);
                }))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(data -> {
                    LocalDate today = LocalDate.now(SHANGHAI);
                    String name = ListExport.LIST_NAMES.get(filter.kind);
                    String title = name + "（导出日期：" + today.format(DateTimeFormatter.ofPattern("yyyy年M月d日")) + "）";
                    return xlsx(ListExport.write(filter.kind, title, data.getKey(), data.getValue()),
                            "lvzhi-" + filter.kind.name().toLowerCase(), name + "_" + today.format(DateTimeFormatter.BASIC_ISO_DATE));
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
                .map(sheet -> xlsx(ComparisonExport.write(sheet.report(), sheet.title(), sheet.rows()),
                        "lvzhi-comparison-" + id, sheet.fileName()));
    }

    /** An attachment response: an ASCII file name for old clients and the Chinese one (RFC 5987) for the rest. */
    private static Response xlsx(byte[] bytes, String asciiName, String name) {
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + ".xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, boolean required) {
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

    /** REST callers get the same codes and messages as GraphQL callers, as JSON. */
    @ServerExceptionMapper
    public Response mapApiException(ApiException e) {
        int status = e instanceof ValidationException ? 400 : e instanceof ForbiddenException ? 403
                : e instanceof NotFoundException ? 404 : e instanceof UnauthenticatedException ? 401
                : e instanceof cn.lvzhi.common.ConflictException ? 409 : 500;
        String code = e.getClass().getAnnotation(io.smallrye.graphql.api.ErrorCode.class).value();
        Map<String, Object> ext = new java.util.LinkedHashMap<>();
        ext.put("code", code);
        if (e instanceof ValidationException v && v.field() != null) {
            ext.put("field", v.field());
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("errors", java.util.List.of(Map.of("message", e.getMessage(), "extensions", ext)))).build();
    }
}
