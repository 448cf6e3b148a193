package cn.lvzhi.lists.comparisons;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Downloads a stored comparison report as .xlsx (比对报告导出), with the same visibility as the {@code listComparison} query. */
@Path("/api/lists/comparisons")
@ApiErrors
public class ComparisonExportResource {
    private final CurrentScopedActor currentActor;
    private final UnitReads units;
    private final ComparisonService comparisons;

    public ComparisonExportResource(CurrentScopedActor currentActor, UnitReads units, ComparisonService comparisons) {
        this.currentActor = currentActor;
        this.units = units;
        this.comparisons = comparisons;
    }

    /** A report ready to be written: its sheet title and file name. */
    private record ReportSheet(ListComparison report, List<ListComparisonRow> rows, String title, String fileName) {
    }

    @GET
    @Path("{id}/export")
    public Uni<Response> exportComparison(@PathParam("id") long id) {
        return currentActor.get().chain(actor -> comparisons.byId(actor, id))
                .chain(report -> comparisons.rows(List.of(report.id)).chain(rows -> units.byIds(
                        Stream.of(report.subjectUnitId, report.referenceUnitId).filter(Objects::nonNull).toList()).map(byId -> {
                            String subject = byId.get(report.subjectUnitId).name;
                            String scope = report.referenceUnitId == null ? subject : subject + " — " + byId.get(report.referenceUnitId).name;
                            String kind = ComparisonExport.KINDS.get(report.kind);
                            LocalDate day = report.runAt.atZoneSameInstant(DateRanges.ZONE).toLocalDate();
                            return new ReportSheet(report, rows.getOrDefault(report.id, List.of()),
                                    kind + "（" + scope + "，" + day.format(DateTimeFormatter.ofPattern("yyyy年M月d日")) + "）",
                                    kind + "_" + subject + "_" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
                        })))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(sheet -> SheetWriter.attachment(ComparisonExport.write(sheet.report(), sheet.title(), sheet.rows()),
                        "lvzhi-comparison-" + id, sheet.fileName()));
    }

}
