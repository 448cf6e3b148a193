package cn.lvzhi.notifications;

import cn.lvzhi.security.CurrentActor;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestMulti;

import java.time.Duration;
import java.time.Instant;

/**
 * The caller's live stream (server-sent events, with the usual bearer token): what {@link NotificationPush#stream}
 * sends, for as long as the token is valid. The browser reads it with fetch, so the token travels in the header as
 * for every other call, never in the address.
 */
@Path("/api/notifications/stream")
@Authenticated
public class NotificationStreamResource {
    private final CurrentActor currentActor;
    private final NotificationService service;
    private final NotificationPush push;
    private final JsonWebToken token;

    public NotificationStreamResource(CurrentActor currentActor, NotificationService service, NotificationPush push,
                                      JsonWebToken token) {
        this.currentActor = currentActor;
        this.service = service;
        this.push = push;
        this.token = token;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Duration lifetime = Duration.between(Instant.now(), Instant.ofEpochSecond(token.getExpirationTime()));
        return RestMulti.fromUniResponse(currentActor.get().chain(actor -> service.muted(actor.subject())
                        .map(muted -> push.stream(actor, muted, lifetime.isNegative() ? Duration.ZERO : lifetime))),
                events -> events.map(p -> sse.newEventBuilder().name(p.event()).data(p.data())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).build()));
    }
}
