package cn.lvzhi.evaluation.results;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.org.CurrentScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Downloads of a round's results: a unit's feedback letter (评估结果反馈函, PDF) and the results export (.xlsx). */
@Path("/api/evaluation/rounds/{roundId}")
@ApiErrors
public class ResultsDownloadResource {
    private final CurrentScopedActor currentActor;
    private final ResultsDownloads downloads;

    public ResultsDownloadResource(CurrentScopedActor currentActor, ResultsDownloads downloads) {
        this.currentActor = currentActor;
        this.downloads = downloads;
    }

    @GET
    @Path("units/{unitId}/feedback.pdf")
    public Uni<Response> feedback(@PathParam("roundId") long roundId, @PathParam("unitId") long unitId) {
        return currentActor.get().chain(actor -> downloads.feedback(actor, roundId, unitId))
                .map(file -> Response.ok(file.content(), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"feedback-" + roundId + "-" + unitId
                                + ".pdf\"; filename*=UTF-8''" + URLEncoder.encode(file.name() + ".pdf", StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                        .build());
    }

    @GET
    @Path("results.xlsx")
    public Uni<Response> export(@PathParam("roundId") long roundId) {
        return currentActor.get().chain(actor -> downloads.export(actor, roundId))
                .map(file -> SheetWriter.attachment(file.content(), "lvzhi-evaluation-results-" + roundId, file.name()));
    }
}
