package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.SheetUploads;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.org.CurrentScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Imported indicators as .xlsx (外部指标数据): the template of a round for one source body, and the upload, which answers
 * 200 with the import's id and row count once written, or 400 VALIDATION listing every bad cell (row, column, reason)
 * with nothing written.
 */
@Path("/api/evaluation/rounds/{roundId}/figures")
@ApiErrors
public class FigureSheetResource {
    private final CurrentScopedActor currentActor;
    private final FigureImportService service;

    public FigureSheetResource(CurrentScopedActor currentActor, FigureImportService service) {
        this.currentActor = currentActor;
        this.service = service;
    }

    @GET
    @Path("template")
    public Uni<Response> template(@PathParam("roundId") long roundId, @RestQuery String sourceBody) {
        return currentActor.get().chain(actor -> service.template(actor, roundId, sourceBody))
                .map(xlsx -> SheetWriter.attachment(xlsx, "lvzhi-evaluation-figures-" + roundId, "外部指标数据导入模板_" + sourceBody));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<FigureImportService.Result> upload(@PathParam("roundId") long roundId, @RestQuery String sourceBody,
                                                  @RestForm("file") FileUpload file) {
        String name = SheetUploads.check(file);
        return currentActor.get().chain(actor -> service.importSheet(actor, roundId, sourceBody, name, file.uploadedFile()));
    }
}
