package cn.lvzhi.cases.photos;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.security.CurrentActor;
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
import java.nio.file.Files;
import java.util.Map;

/**
 * Upload and download of case photos (现场照片): {@code POST /api/cases/photos} (multipart {@code file}) answers
 * {@code {"ref": "photo:<id>"}} to name in {@code reportCase} or {@code replyDispatch}; {@code GET
 * /api/cases/photos/{id}} returns the picture to whoever may see it.
 */
@Path("/api/cases/photos")
@ApiErrors
public class CasePhotoResource {
    private final CurrentActor currentActor;
    private final CurrentScopedActor caseActor;
    private final CasePhotos photos;

    public CasePhotoResource(CurrentActor currentActor, CurrentScopedActor caseActor, CasePhotos photos) {
        this.currentActor = currentActor;
        this.caseActor = caseActor;
        this.photos = photos;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, String>> upload(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new ValidationException("file", "请选择照片 (file required)");
        }
        if (file.size() > CasePhotos.MAX_BYTES) {
            throw new ValidationException("file", "照片须小于 5 MB (a photo is at most 5 MB)");
        }
        return currentActor.get().chain(actor -> Uni.createFrom().item(() -> read(file))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .chain(bytes -> photos.save(actor, bytes)))
                .map(ref -> Map.of("ref", ref));
    }

    @GET
    @Path("{id}")
    public Uni<Response> download(@PathParam("id") String id) {
        return caseActor.get().chain(a -> photos.load(a, id))
                .map(photo -> Response.ok(photo.data(), photo.contentType())
                        .header("Cache-Control", "private, max-age=86400")
                        .header("X-Content-Type-Options", "nosniff")
                        .build());
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
