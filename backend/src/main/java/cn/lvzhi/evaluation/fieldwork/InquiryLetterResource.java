package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.evaluation.rounds.RoundReads;
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

/** Downloads an inquiry letter (函调函) as PDF: for whoever reads the letter (编办, leaders, the addressee); others 404. */
@Path("/api/evaluation/fieldwork/letters")
@ApiErrors
public class InquiryLetterResource {
    private final CurrentScopedActor currentActor;
    private final FieldworkReads reads;
    private final RoundReads rounds;
    private final UnitReads units;
    private final String fontPath;

    public InquiryLetterResource(CurrentScopedActor currentActor, FieldworkReads reads, RoundReads rounds, UnitReads units,
                                 @ConfigProperty(name = "lvzhi.pdf.cjk-font") String fontPath) {
        this.currentActor = currentActor;
        this.reads = reads;
        this.rounds = rounds;
        this.units = units;
        this.fontPath = fontPath;
    }

    @GET
    @Path("{id}/letter.pdf")
    public Uni<Response> letter(@PathParam("id") long letterId) {
        return currentActor.get().chain(actor -> reads.letter(actor, letterId))
                .chain(a -> units.byIds(List.of(a.letter().unitId, a.letter().addresseeUnitId))
                        .chain(byId -> rounds.officeOf(a.round().regionPath).map(office -> new InquiryLetterDocument.Letter(
                                a.letter(), a.round().name, byId.get(a.letter().unitId).name,
                                byId.get(a.letter().addresseeUnitId).name, office))))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(letter -> Response.ok(InquiryLetterDocument.render(letter, fontPath), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"inquiry-" + letterId + ".pdf\"; filename*=UTF-8''"
                                + URLEncoder.encode(InquiryLetterDocument.TITLE + "_" + letter.letter().letterNo + ".pdf",
                                StandardCharsets.UTF_8).replace("+", "%20"))
                        .build());
    }
}
