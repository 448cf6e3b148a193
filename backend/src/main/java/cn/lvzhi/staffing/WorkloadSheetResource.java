package cn.lvzhi.staffing;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.SheetUploads;
import cn.lvzhi.common.SheetWriter;
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
import java.time.ZoneId;

/**
 * Yearly workload as .xlsx (业务量导入): the upload answers 200 with the rows recorded, or 400 VALIDATION listing every
 * bad cell (row, column, reason) with nothing written; the template is the header row.
 */
@Path("/api/staffing/workload")
@ApiErrors
public class WorkloadSheetResource {
    private final CurrentScopedActor currentActor;
    private final WorkloadImportService service;

    public WorkloadSheetResource(CurrentScopedActor currentActor, WorkloadImportService service) {
        this.currentActor = currentActor;
        this.service = service;
    }

    /** The import template; {@code year} (default: last year) goes into its title. */
    @GET
    @Path("template.xlsx")
    public Uni<Response> template(@RestQuery Integer year) {
        int y = year == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1 : year;
        return currentActor.get().chain(actor -> service.template(actor, y))
                .map(xlsx -> SheetWriter.attachment(xlsx, "lvzhi-workload-" + y + "-template", y + "年度业务量导入模板"));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WorkloadImportService.Result> upload(@RestQuery Integer year, @RestForm("file") FileUpload file) {
        SheetUploads.check(file);
        return currentActor.get().chain(actor -> service.importSheet(actor, year, file.uploadedFile()));
    }
}
