package cn.lvzhi.tracking;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.SheetUploads;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.CurrentScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Establishment matters as .xlsx (机构编制事项导入导出): the export takes the filters of the establishmentMatters query
 * ({@code kind}, {@code unitId}, {@code approvedFrom}, {@code approvedTo}); the upload answers 200 with the counts once the sheet is
 * written, or 400 VALIDATION listing every bad cell (row, column, reason) with nothing written.
 */
@Path("/api/tracking/matters")
@ApiErrors
public class MatterSheetResource {
    private final CurrentScopedActor currentActor;
    private final MatterImportService service;

    public MatterSheetResource(CurrentScopedActor currentActor, MatterImportService service) {
        this.currentActor = currentActor;
        this.service = service;
    }

    @GET
    @Path("export")
    public Uni<Response> export(@RestQuery boolean template, @RestQuery String kind, @RestQuery Long unitId,
                                @RestQuery String approvedFrom, @RestQuery String approvedTo) {
        MatterFilter filter = new MatterFilter();
        filter.kind = enumParam(kind);
        filter.unitId = unitId;
        filter.approvedFrom = dateParam("approvedFrom", approvedFrom);
        filter.approvedTo = dateParam("approvedTo", approvedTo);
        return currentActor.get().chain(actor -> service.export(actor, filter, template))
                .map(xlsx -> SheetWriter.attachment(xlsx, template ? "lvzhi-matters-template" : "lvzhi-matters",
                        template ? "机构编制事项导入模板"
                                : "机构编制事项_" + TrackingReads.today().format(DateTimeFormatter.BASIC_ISO_DATE)));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<MatterImportService.Result> upload(@RestForm("file") FileUpload file) {
        String name = SheetUploads.check(file);
        return currentActor.get().chain(actor -> service.importSheet(actor, name, file.uploadedFile()));
    }

    private static MatterKind enumParam(String kind) {
        try {
            return kind == null || kind.isBlank() ? null : MatterKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "参数 kind 无效 (invalid value)");
        }
    }

    private static LocalDate dateParam(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "参数 " + name + " 须为 yyyy-MM-dd (a date)");
        }
    }
}
