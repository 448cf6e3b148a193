package cn.lvzhi.evaluation.surveys;

import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.CallerBudgets;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.evaluation.surveys.inputs.AnswerInput;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The anonymous link of a questionnaire, open without login (the only unauthenticated API besides the client config):
 * {@code GET /api/public/questionnaires/{token}} gives the questionnaire to show, {@code POST .../{token}/responses}
 * ({@code {"targetUnitId", "answers": [{"question", "choices", "value", "text"}]}}) stores an answer sheet with no
 * respondent and only the day. Unknown links are 404, closed ones 403, bad answers 400 naming the field, and more than
 * the link's rate limit from one address 429 with Retry-After.
 */
@Path("/api/public/questionnaires")
@ApiErrors
public class PublicQuestionnaireResource {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** An answer sheet as the public page sends it. */
    public record PublicAnswer(Long targetUnitId, List<AnswerInput> answers) {
    }

    private final QuestionnaireReads reads;
    private final QuestionnaireService service;
    private final PublicAnswerLimits limits;

    public PublicQuestionnaireResource(QuestionnaireReads reads, QuestionnaireService service, PublicAnswerLimits limits) {
        this.reads = reads;
        this.service = service;
        this.limits = limits;
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> show(@PathParam("token") String token, @Context HttpServerRequest request) {
        return limited(request, token, () -> reads.byLink(token).map(q -> Response.ok(q).build()));
    }

    @POST
    @Path("{token}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> answer(@PathParam("token") String token, PublicAnswer body, @Context HttpServerRequest request) {
        return limited(request, token, () -> service.answerAnonymously(token, body == null ? null : body.targetUnitId(),
                        body == null ? null : body.answers())
                .map(v -> Response.status(201).entity(Map.of("answered", true)).build()));
    }

    private Uni<Response> limited(HttpServerRequest request, String token, Supplier<Uni<Response>> work) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Uni.createFrom().failure(new NotFoundException(QuestionnaireService.NOT_FOUND));
        }
        CallerBudgets.Permit permit;
        try {
            permit = limits.admit(request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress(), token);
        } catch (CallerBudgets.Refused refused) {
            return Uni.createFrom().item(Response.status(429).header("Retry-After", refused.retryAfterSeconds())
                    .type(MediaType.APPLICATION_JSON).entity(Map.of("errors", List.of(Map.of("message", refused.getMessage(),
                            "extensions", Map.of("code", "TOO_MANY_REQUESTS"))))).build());
        }
        return Uni.createFrom().<Response>deferred(work::get).eventually(permit::release);
    }
}
