package cn.lvzhi.cases;

import cn.lvzhi.cases.inputs.DispatchCaseInput;
import cn.lvzhi.cases.inputs.DispatchTargetInput;
import cn.lvzhi.graph.DirectWrite;
import cn.lvzhi.org.ScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dispatchCase} beside the engine ({@code graph.DirectWrites}): a dispatch without a basis, as
 * {@link CaseGraphQLApi#dispatchCase} runs it; one passing a basis on is the engine's (it shares Hibernate's
 * transaction with the basis). A second run never dispatches twice: the input names the case version it saw, which
 * a dispatch moves on (CONFLICT), and a client key answers the first dispatches.
 */
@ApplicationScoped
public class DirectDispatch implements DirectWrite<DispatchCaseInput> {
    private static final Set<String> KEYS = Set.of("caseId", "caseVersion", "parentDispatchId", "targets", "instructions",
            "signDays", "handlingDays", "basis", "clientKey");
    private static final Set<String> TARGET_KEYS = Set.of("unitId", "role");
    private static final Method METHOD = DirectWrite.apiMethod(CaseGraphQLApi.class, "dispatchCase", DispatchCaseInput.class);
    private static final Shape PAYLOAD = new Shape("DispatchCasePayload")
            .object("case", CaseShapes.CASE, false, (DispatchCasePayload p) -> p.caseFile())
            .object("dispatches", CaseShapes.DISPATCH, true, (DispatchCasePayload p) -> p.dispatches());

    private final DispatchService dispatching;

    public DirectDispatch(DispatchService dispatching) {
        this.dispatching = dispatching;
    }

    @Override
    public Method method() {
        return METHOD;
    }

    @Override
    public DispatchCaseInput input(Object json) {
        Map<?, ?> in = DirectWrite.object(json, KEYS);
        if (in.get("basis") != null) {
            throw new NotDecoded();
        }
        DispatchCaseInput out = new DispatchCaseInput();
        out.caseId = DirectWrite.id(in.get("caseId"), true);
        out.caseVersion = DirectWrite.integer(in.get("caseVersion"), true);
        out.parentDispatchId = DirectWrite.id(in.get("parentDispatchId"), false);
        List<DispatchTargetInput> targets = new ArrayList<>();
        for (Object t : DirectWrite.list(in.get("targets"))) {
            Map<?, ?> target = DirectWrite.object(t, TARGET_KEYS);
            DispatchTargetInput one = new DispatchTargetInput();
            one.unitId = DirectWrite.id(target.get("unitId"), true);
            one.role = DirectWrite.constant(DispatchRole.class, target.get("role"));
            targets.add(one);
        }
        out.targets = targets;
        out.instructions = DirectWrite.text(in.get("instructions"));
        out.signDays = DirectWrite.integer(in.get("signDays"), false);
        out.handlingDays = DirectWrite.integer(in.get("handlingDays"), false);
        out.clientKey = DirectWrite.text(in.get("clientKey"));
        return out;
    }

    @Override
    public int maxItems(DispatchCaseInput input) {
        return input.targets.size();
    }

    @Override
    public Uni<?> run(ScopedActor actor, DispatchCaseInput input) {
        return dispatching.dispatch(actor, input);
    }

    @Override
    public Shape payload() {
        return PAYLOAD;
    }
}
