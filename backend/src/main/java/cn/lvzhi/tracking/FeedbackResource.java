package cn.lvzhi.tracking;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.org.CurrentScopedActor;
import cn.lvzhi.org.UnitReads;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Downloads the feedback letter of a review (问效反馈函) as PDF, with the same visibility as the round's matters. */
@Path("/api/tracking")
@ApiErrors
public class FeedbackResource {
    private final CurrentScopedActor currentActor;
    private final TrackingReads reads;
    private final UnitReads units;
    private final String fontPath;

    public FeedbackResource(CurrentScopedActor currentActor, TrackingReads reads, UnitReads units,
                            @ConfigProperty(name = "lvzhi.pdf.cjk-font") String fontPath) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.units = units;
        this.fontPath = fontPath;
    }

    @GET
    @Path("reviews/{id}/feedback.pdf")
    public Uni<Response> feedback(@PathParam("id") long reviewId) {
        return currentActor.get().chain(actor -> reads.review(actor, reviewId))
                .chain(letter -> units.byIds(List.of(letter.review().matter().unitId)).map(byId -> new FeedbackDocument.Letter(
                        letter.roundName(), byId.get(letter.review().matter().unitId).name, letter.review(), TrackingReads.today())))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(letter -> Response.ok(FeedbackDocument.render(letter, fontPath), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"feedback-" + reviewId + ".pdf\"; filename*=UTF-8''"
                                + URLEncoder.encode(FeedbackDocument.TITLE + "_" + letter.review().matter().documentNo + ".pdf",
                                StandardCharsets.UTF_8).replace("+", "%20"))
                        .build());
    }
}
