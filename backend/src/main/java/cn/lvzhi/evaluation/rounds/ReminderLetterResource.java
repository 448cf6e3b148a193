package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.org.CurrentScopedActor;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Downloads a reminder letter (提醒函) as PDF: for 编办 and leaders of the region and the unit addressed; others 404. */
@Path("/api/evaluation/reminder-letters")
@ApiErrors
public class ReminderLetterResource {
    private final CurrentScopedActor currentActor;
    private final RoundReads reads;
    private final String fontPath;

    public ReminderLetterResource(CurrentScopedActor currentActor, RoundReads reads,
                                  @ConfigProperty(name = "lvzhi.pdf.cjk-font") String fontPath) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.fontPath = fontPath;
    }

    @GET
    @Path("{id}/letter.pdf")
    public Uni<Response> letter(@PathParam("id") long letterId) {
        return currentActor.get().chain(actor -> reads.letter(actor, letterId))
                .chain(a -> reads.officeOf(a.round().regionPath).map(office -> new ReminderLetterDocument.Letter(a.letter(), a.round().name,
                        a.unit().name, a.submissions(), office)))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(letter -> Response.ok(ReminderLetterDocument.render(letter, fontPath), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"reminder-" + letterId + ".pdf\"; filename*=UTF-8''"
                                + URLEncoder.encode(ReminderLetterDocument.TITLE + "_" + letter.letter().letterNo + ".pdf",
                                StandardCharsets.UTF_8).replace("+", "%20"))
                        .build());
    }

}
