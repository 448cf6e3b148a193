package cn.lvzhi.evaluation.files;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

/**
 * Upload and download of evaluation evidence files (佐证材料): {@code POST /api/evaluation/files} (multipart
 * {@code file}, at most 20 MB, images, PDF or office documents) answers {@code {"id", "fileName", "sizeBytes"}};
 * {@code GET /api/evaluation/files/{id}} returns the file to its owner unit, 编办 and leaders of its region, 404 to
 * anyone else.
 */
@Path("/api/evaluation/files")
@ApiErrors
public class EvaluationFileResource {
    private final CurrentScopedActor currentActor;
    private final EvaluationFiles files;

    public EvaluationFileResource(CurrentScopedActor currentActor, EvaluationFiles files) {
        this.currentActor = currentActor;
        this.files = files;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Object>> upload(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new ValidationException("file", "请选择要上传的文件 (file required)");
        }
        if (file.size() > FileTypes.MAX_BYTES) {
            throw new ValidationException("file", "文件不能超过 20 MB (at most 20 MB)");
        }
        return currentActor.get().chain(actor -> Uni.createFrom().item(() -> read(file))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .chain(bytes -> files.save(actor, file.fileName(), bytes)))
                .map(info -> Map.of("id", String.valueOf(info.id()), "fileName", info.fileName(), "sizeBytes", info.sizeBytes()));
    }

    @GET
    @Path("{id}")
    public Uni<Response> download(@PathParam("id") String id) {
        long fileId;
        try {
            fileId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Uni.createFrom().failure(new NotFoundException(EvaluationFiles.NOT_FOUND));
        }
        return currentActor.get().chain(a -> files.load(a, fileId))
                .map(f -> Response.ok(f.content(), f.contentType())
                        .header("Content-Disposition", "attachment; filename=\"evidence-" + fileId + extension(f.fileName()) + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                        .header("Cache-Control", "private, max-age=3600")
                        .header("X-Content-Type-Options", "nosniff")
                        .build());
    }

    /** The extension of a file name (".pdf"), ASCII letters and digits only, for the ASCII fallback name. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,5}") ? ext : "";
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
