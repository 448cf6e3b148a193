package cn.lvzhi.lists.sheets;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.common.QueryParams;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.org.CurrentScopedActor;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.OffsetDateTime;

/**
 * Upload of a list as .xlsx (清单导入) and download of an import's errors. The upload answers once every row has been
 * checked: FAILED with the errors, or IMPORTING while the rows are written (poll the {@code listImport} query for the
 * progress). Send an {@code Idempotency-Key} header to make a retried upload return the first import.
 */
@Path("/api/lists/imports")
@ApiErrors
public class ListImportResource {
    private final CurrentScopedActor currentActor;
    private final ListImportService imports;

    public ListImportResource(CurrentScopedActor currentActor, ListImportService imports) {
        this.currentActor = currentActor;
        this.imports = imports;
    }

    /** What an upload answers: the import as the listImport query shows it. */
    public record Receipt(long id, ListKind kind, String fileName, ImportStatus status, int totalRows, int processedRows,
                          int errorCount, String message, OffsetDateTime startedAt) {
        static Receipt of(ListImport job) {
            return new Receipt(job.id, job.kind, job.fileName, job.status, job.totalRows, job.processedRows, job.errorCount,
                    job.message, job.startedAt);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> upload(@RestQuery String kind, @RestForm("file") FileUpload file,
                                @RestHeader("Idempotency-Key") String idempotencyKey) {
        if (file == null || file.uploadedFile() == null) {
            throw new ValidationException("file", "请选择要导入的 .xlsx 文件 (file required)");
        }
        ListKind listKind = QueryParams.enumValue(ListKind.class, "kind", kind, true);
        return currentActor.get()
                .chain(actor -> imports.start(actor, listKind, file.fileName(), file.uploadedFile(), idempotencyKey))
                .map(job -> Response.status(job.status == ImportStatus.IMPORTING ? 202 : 200).entity(Receipt.of(job)).build());
    }

    /** Every error of a failed import as a sheet: 行号, 列, 错误原因. */
    @GET
    @Path("{id}/errors")
    public Uni<Response> errors(@PathParam("id") long id) {
        return currentActor.get().chain(actor -> imports.get(actor, id))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(job -> SheetWriter.attachment(ImportErrorSheet.write(job), "lvzhi-import-" + id + "-errors",
                        "导入错误清单_" + id));
    }
}
