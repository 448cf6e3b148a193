package cn.lvzhi.evaluation.fieldwork;

import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.draws.DrawnUnits;
import cn.lvzhi.evaluation.fieldwork.FieldworkPolicy.Sight;
import cn.lvzhi.evaluation.rounds.EvaluationRound;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.org.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Finds the drawn unit a 五个一 request concerns, in the session it is given (a write's transaction, or a read's own
 * stateless session): the round and the unit as the actor sees them
 * ({@link FieldworkPolicy}), and whether the round's draw took the unit ({@link DrawnUnits}). 五个一 exists only for a
 * drawn unit: asked to read anything else it is NOT_FOUND; asked to create for it, VALIDATION naming the field.
 */
@ApplicationScoped
public class FieldworkAccess {
    static final String NOT_FOUND = "五个一记录不存在 (fieldwork not found)";
    static final String NOT_DRAWN = "该单位未在本批次双随机抽查中抽中 (the unit was not drawn in this round)";
    static final String LETTER_NOT_FOUND = "函调函不存在 (inquiry letter not found)";

    private final DrawnUnits drawn;

    public FieldworkAccess(DrawnUnits drawn) {
        this.drawn = drawn;
    }

    /** The round and drawn unit, and how the actor sees its 五个一. */
    public record Drawn(EvaluationRound round, Unit unit, Sight sight) {
    }

    /**
     * The drawn unit as the actor sees it: NOT_FOUND when the actor sees nothing of it; when it was not drawn, NOT_FOUND
     * for a read ({@code field} null) and VALIDATION on {@code field} for a create.
     */
    public Uni<Drawn> drawn(Mutiny.QueryProducer session, ScopedActor actor, long roundId, long unitId, String field) {
        return byId(session, EvaluationRound.class, roundId).chain(round -> byId(session, Unit.class, unitId).chain(unit -> {
            Sight sight = round == null || unit == null ? Sight.NONE : FieldworkPolicy.sight(actor, round.regionPath, unitId);
            if (sight == Sight.NONE || !actor.regionHolds(unit.path)) {
                throw new NotFoundException(NOT_FOUND);
            }
            return drawn.isDrawn(session, roundId, unitId).map(isDrawn -> {
                if (!isDrawn) {
                    throw field == null ? new NotFoundException(NOT_FOUND) : new ValidationException(field, NOT_DRAWN);
                }
                return new Drawn(round, unit, sight);
            });
        }));
    }

    /** {@link #drawn(Mutiny.QueryProducer, ScopedActor, long, long, String)} in the caller's transaction. */
    public Uni<Drawn> drawn(ScopedActor actor, long roundId, long unitId, String field) {
        return Panache.getSession().chain(s -> drawn(s, actor, roundId, unitId, field));
    }

    /** A letter the actor reads, with its drawn unit as the actor sees it; NOT_FOUND otherwise. */
    public Uni<LetterAccess> letter(Mutiny.QueryProducer session, ScopedActor actor, long letterId) {
        return byId(session, InquiryLetter.class, letterId).chain(letter -> letter == null
                ? Uni.createFrom().failure(new NotFoundException(LETTER_NOT_FOUND))
                : byId(session, EvaluationRound.class, letter.roundId).map(round -> {
                    Sight sight = FieldworkPolicy.sight(actor, round.regionPath, letter.unitId);
                    if (!FieldworkPolicy.readsLetter(actor, sight, letter.addresseeUnitId)) {
                        throw new NotFoundException(LETTER_NOT_FOUND);
                    }
                    return new LetterAccess(letter, round, sight);
                }));
    }

    /** {@link #letter(Mutiny.QueryProducer, ScopedActor, long)} in the caller's transaction. */
    public Uni<LetterAccess> letter(ScopedActor actor, long letterId) {
        return Panache.getSession().chain(s -> letter(s, actor, letterId));
    }

    /** One row by id, or null; a query rather than a lookup so that either kind of session serves. */
    static <T> Uni<T> byId(Mutiny.QueryProducer session, Class<T> type, long id) {
        return session.createSelectionQuery("from " + type.getSimpleName() + " e where e.id = :id", type)
                .setParameter("id", id).getSingleResultOrNull();
    }

    /** A letter, its round and how the actor sees the drawn unit it concerns. */
    public record LetterAccess(InquiryLetter letter, EvaluationRound round, Sight sight) {
    }
}
