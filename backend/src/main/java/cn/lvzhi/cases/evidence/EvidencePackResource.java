package cn.lvzhi.cases.evidence;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.CurrentScopedActor;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/cases/{id}/evidence-pack}: the evidence pack (证据包) of a case with an unsatisfied rating as a ZIP —
 * the document, the photos and a manifest of SHA-256 hashes — written to a temporary file off the event loop and
 * streamed from it. Refusals (FORBIDDEN,
 * NOT_FOUND, CONFLICT) are decided before the first byte, so they leave as JSON errors.
 */
@Path("/api/cases")
@ApiErrors
public class EvidencePackResource {
    private final CurrentScopedActor currentActor;
    private final EvidencePacks packs;

    public EvidencePackResource(CurrentScopedActor currentActor, EvidencePacks packs) {
        this.currentActor = currentActor;
        this.packs = packs;
    }

    @GET
    @Path("{id}/evidence-pack")
    public Uni<Response> pack(@PathParam("id") String id, @Context RoutingContext routing) {
        long caseId = caseId(id);
        return currentActor.get().chain(a -> packs.assemble(a, caseId))
                .chain(pack -> packs.zip(pack).map(file -> {
                    // the file is sent from disk and removed when the response ends, however it ends
                    routing.addEndHandler(done -> EvidencePacks.discard(file));
                    return Response.ok(file.toFile(), "application/zip")
                            .header("Content-Disposition", "attachment; filename=\"evidence-" + pack.kase().code
                                    + ".zip\"; filename*=UTF-8''" + URLEncoder.encode("证据包_" + pack.kase().code + ".zip",
                                    StandardCharsets.UTF_8).replace("+", "%20"))
                            .header("Cache-Control", "no-store")
                            .build();
                }));
    }

    private static long caseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ValidationException("id", "事件编号应为数字 (the case id is a number)");
        }
    }
}
