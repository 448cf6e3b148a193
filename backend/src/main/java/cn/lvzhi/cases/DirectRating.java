package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.RateDispatchInput;
import cn.lvzhi.graph.DirectWrite;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

/**
 * {@code rateDispatch} beside the engine ({@code graph.DirectWrites}), as {@link CaseGraphQLApi#rateDispatch} runs it.
 * A second run never rates twice: a dispatch has one rating, and the same rating again answers it.
 */
@ApplicationScoped
public class DirectRating implements DirectWrite<RateDispatchInput> {
    private static final Set<String> KEYS = Set.of("dispatchId", "level", "comment");
    private static final Method METHOD = DirectWrite.apiMethod(CaseGraphQLApi.class, "rateDispatch", RateDispatchInput.class);
    private static final Shape PAYLOAD = new Shape("RatingPayload")
            .object("rating", CaseShapes.RATING, false, (RatingPayload p) -> p.rating());

    private final RatingService ratings;

    public DirectRating(RatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public Method method() {
        return METHOD;
    }

    @Override
    public RateDispatchInput input(Object json) {
        Map<?, ?> in = DirectWrite.object(json, KEYS);
        RateDispatchInput out = new RateDispatchInput();
        out.dispatchId = DirectWrite.id(in.get("dispatchId"), true);
        out.level = DirectWrite.constant(RatingLevel.class, in.get("level"));
        out.comment = DirectWrite.text(in.get("comment"));
        return out;
    }

    @Override
    public int maxItems(RateDispatchInput input) {
        return 0;
    }

    @Override
    public Uni<?> run(ScopedActor actor, RateDispatchInput input) {
        return ratings.rate(actor, input).map(RatingPayload::new);
    }

    @Override
    public Shape payload() {
        return PAYLOAD;
    }
}
