package cn.lvzhi.cases.webhooks;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.cases.webhooks.inputs.RegisterWebhookInput;
import cn.lvzhi.cases.webhooks.inputs.RemoveWebhookInput;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Paging;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.security.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An integrated system's callbacks (webhooks): register, list and remove them, and read their deliveries. */
@ApplicationScoped
public class WebhookService {
    /** Enough for a system with a primary and a standby receiver, and a migration between them. */
    static final int MAX_SUBSCRIPTIONS = 5;

    private final AuditLog audit;
    private final boolean allowPrivateTargets;

    public WebhookService(AuditLog audit,
                          @ConfigProperty(name = "lvzhi.webhooks.allow-private-targets") boolean allowPrivateTargets) {
        this.audit = audit;
        this.allowPrivateTargets = allowPrivateTargets;
    }

    /** The URL as a callback target, or VALIDATION naming the field. */
    static String checkedUrl(String url, boolean allowPrivateTargets) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
                throw new URISyntaxException(url, "not an absolute http(s) URL without credentials or fragment");
            }
            String refusal = CallbackTargets.refusal(uri, allowPrivateTargets);
            if (refusal != null) {
                throw new ValidationException("input.url", "回调地址不能指向" + refusal + "，请使用对外公开的地址 (url: not a private or local host)");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new ValidationException("input.url", "回调地址须为完整的 http(s) 地址，且不含用户名、密码或 # 片段 (url: an absolute http(s) URL)");
        }
    }

    @WithTransaction
    public Uni<RegisterWebhookPayload> register(Actor a, RegisterWebhookInput in) {
        WebhookPolicy.manage(a).orThrow();
        String url = checkedUrl(in.url, allowPrivateTargets);
        return WebhookSubscription.<WebhookSubscription>list("subject = ?1 and removedAt is null", a.subject()).chain(own -> {
            if (own.stream().anyMatch(s -> s.url.equals(url))) {
                throw new ConflictException("该回调地址已登记 (this URL is already registered)");
            }
            if (own.size() >= MAX_SUBSCRIPTIONS) {
                throw new ConflictException("最多登记 " + MAX_SUBSCRIPTIONS + " 个回调地址 (at most " + MAX_SUBSCRIPTIONS + " webhooks)");
            }
            WebhookSubscription s = new WebhookSubscription();
            s.subject = a.subject();
            s.clientName = a.displayName();
            s.url = url;
            s.secret = WebhookSignature.newSecret();
            s.createdAt = OffsetDateTime.now();
            return s.<WebhookSubscription>persistAndFlush()
                    .call(saved -> audit.record(a, "WEBHOOK_REGISTERED", "WebhookSubscription", saved.id, null, Map.of("url", url)))
                    .map(saved -> new RegisterWebhookPayload(saved, saved.secret));
        });
    }

    @WithSession
    public Uni<List<WebhookSubscription>> subscriptions(Actor a) {
        WebhookPolicy.manage(a).orThrow();
        return WebhookSubscription.list("subject = ?1 and removedAt is null order by id", a.subject());
    }

    @WithTransaction
    public Uni<RemoveWebhookPayload> remove(Actor a, RemoveWebhookInput in) {
        WebhookPolicy.manage(a).orThrow();
        return WebhookSubscription.<WebhookSubscription>findById(in.id).chain(s -> {
            if (!WebhookPolicy.owns(a, s)) {
                throw new NotFoundException("回调地址不存在 (no such webhook)");
            }
            s.removedAt = OffsetDateTime.now();
            return WebhookDelivery.update("status = ?1, leasedUntil = null, lease = null where subscriptionId = ?2 and status = ?3",
                            WebhookDeliveryStatus.CANCELLED, s.id, WebhookDeliveryStatus.PENDING)
                    .call(n -> audit.record(a, "WEBHOOK_REMOVED", "WebhookSubscription", s.id, Map.of("url", s.url), null))
                    .map(n -> new RemoveWebhookPayload(s.id, n));
        });
    }

    /** The deliveries of the caller's subscriptions (removed ones included), newest first. */
    @WithSession
    public Uni<WebhookDeliveryConnection> deliveries(Actor a, Integer first, String after) {
        WebhookPolicy.manage(a).orThrow();
        int size = Paging.pageSize(first);
        Long afterId = Paging.decodeId(after);
        String own = "subscriptionId in (select s.id from WebhookSubscription s where s.subject = ?1)";
        Uni<List<WebhookDelivery>> rows = afterId == null
                ? WebhookDelivery.find(own + " order by id desc", a.subject()).page(0, size + 1).list()
                : WebhookDelivery.find(own + " and id < ?2 order by id desc", a.subject(), afterId).page(0, size + 1).list();
        return rows.chain(page -> WebhookDelivery.count(own, a.subject()).map(total -> Paging.connection(page, size, total,
                d -> String.valueOf(d.id), WebhookDeliveryConnection.WebhookDeliveryEdge::new, WebhookDeliveryConnection::new)));
    }
}
