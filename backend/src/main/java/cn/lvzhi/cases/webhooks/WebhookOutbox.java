package cn.lvzhi.cases.webhooks;

import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CaseEvent;
import cn.lvzhi.cases.CaseStepListener;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the callbacks of a timeline step into the outbox ({@link WebhookDelivery}), in the step's transaction: one
 * per active subscription of the integration that submitted the case — the cases an integration sees are the ones
 * it submitted (its token's subject reported them), and it sees each of their steps. The delivery itself happens
 * after the commit ({@link WebhookDeliveryJob}), so a slow receiver never holds up the change.
 */
@ApplicationScoped
public class WebhookOutbox implements CaseStepListener {
    private final ObjectMapper json;

    public WebhookOutbox(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Uni<Void> stepped(CaseEvent step) {
        return Case.<Case>findById(step.caseId).chain(c -> c == null ? Uni.createFrom().voidItem()
                : WebhookSubscription.<WebhookSubscription>list("subject = ?1 and removedAt is null", c.reporterSubject)
                .chain(subscriptions -> subscriptions.isEmpty() ? Uni.createFrom().voidItem()
                        : Multi.createFrom().iterable(subscriptions)
                        .onItem().transformToUniAndConcatenate(s -> delivery(s, step, c).persist())
                        .collect().last().replaceWithVoid()));
    }

    private WebhookDelivery delivery(WebhookSubscription s, CaseEvent step, Case c) {
        WebhookDelivery d = new WebhookDelivery();
        d.subscriptionId = s.id;
        d.eventId = step.id;
        d.caseId = c.id;
        d.caseCode = c.code;
        d.kind = step.kind.name();
        d.payload = body(step, c);
        d.status = WebhookDeliveryStatus.PENDING;
        d.createdAt = OffsetDateTime.now();
        d.nextAttemptAt = d.createdAt;
        return d;
    }

    /**
     * {eventId, caseId, caseCode, kind, occurredAt, status}: the step and the case's status right after it. The
     * writes that insert their callbacks in a statement of their own write the same compact form ({@link #bodySql}).
     */
    private String body(CaseEvent step, Case c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", String.valueOf(step.id));
        body.put("caseId", String.valueOf(c.id));
        body.put("caseCode", c.code);
        body.put("kind", step.kind.name());
        body.put("occurredAt", step.occurredAt.toString());
        body.put("status", c.status.name());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /**
     * {@link #body}'s JSON as a SQL expression, for a statement that writes its callbacks itself ({@code CaseReportWrite},
     * {@code RatingWrite}): each argument is a SQL expression of the value, cast to text here; receivers match on the
     * body to the letter.
     */
    public static String bodySql(String eventId, String caseId, String caseCode, String kind, String occurredAt, String status) {
        return "'{\"eventId\":' || " + text(eventId) + " || ',\"caseId\":' || " + text(caseId) + " || ',\"caseCode\":' || "
                + text(caseCode) + " || ',\"kind\":' || " + text(kind) + " || ',\"occurredAt\":' || " + text(occurredAt)
                + " || ',\"status\":' || " + text(status) + " || '}'";
    }

    private static String text(String sql) {
        return "to_json(cast(" + sql + " AS text))";
    }
}
