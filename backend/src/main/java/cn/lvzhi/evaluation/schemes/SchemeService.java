package cn.lvzhi.evaluation.schemes;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.computations.Computation;
import cn.lvzhi.evaluation.computations.Computations;
import cn.lvzhi.evaluation.computations.ParamSpec;
import cn.lvzhi.evaluation.schemes.inputs.ActivateEvaluationSchemeInput;
import cn.lvzhi.evaluation.schemes.inputs.CreateEvaluationSchemeInput;
import cn.lvzhi.evaluation.schemes.inputs.IndicatorInput;
import cn.lvzhi.evaluation.schemes.inputs.SaveEvaluationSchemeInput;
import cn.lvzhi.evaluation.schemes.inputs.SupersedeEvaluationSchemeInput;
import cn.lvzhi.org.ScopedActor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the region's indicator schemes (评估标准): creates a version for a year, saves a draft whole (validated as a
 * whole, every error named), puts it in force (superseding the version in force) and starts a new version of a scheme
 * that can no longer change (in force, replaced, or used by a round). Every change is audited in the same transaction.
 */
@ApplicationScoped
public class SchemeService {
    static final String USED_BY_ROUND = "评估标准已被评估批次使用，不能修改，请创建新版本 (the scheme is used by a round: start a new version)";
    static final String NOT_DRAFT = "评估标准已生效或已被替代，不能修改，请创建新版本 (only a draft can change: start a new version)";
    static final String ACTIVATE_DRAFT = "只有草稿可以生效 (only a draft can be put in force)";
    static final String STILL_EDITABLE = "该草稿尚未使用，可直接修改，无需创建新版本 (the draft can still be edited)";

    private final Computations computations;
    private final AuditLog audit;

    public SchemeService(Computations computations, AuditLog audit) {
        this.computations = computations;
        this.audit = audit;
    }

    /** What the audit trail keeps of a scheme version. */
    record SchemeSnapshot(String name, int year, int versionNo, SchemeStatus status, BigDecimal totalPoints,
                          Long previousSchemeId, SchemeDocument document) {
        static SchemeSnapshot of(EvaluationScheme s) {
            return new SchemeSnapshot(s.name, s.year, s.versionNo, s.status, s.totalPoints, s.previousSchemeId, s.document);
        }
    }

    @WithTransaction
    public Uni<EvaluationScheme> create(ScopedActor actor, CreateEvaluationSchemeInput in) {
        SchemePolicy.manage(actor).orThrow();
        SchemeDocument document = document(in.indicators);
        return previous(actor, in.previousSchemeId, in.year).chain(previous -> {
            validate(document, previous);
            return nextVersionNo(actor.regionPath(), in.year).chain(versionNo ->
                    insertDraft(actor, actor.regionPath(), in.year, versionNo, in.name, in.previousSchemeId, document));
        }).call(s -> audit.record(actor.actor(), "SCHEME_CREATED", "EvaluationScheme", s.id, null, SchemeSnapshot.of(s)));
    }

    @WithTransaction
    public Uni<EvaluationScheme> save(ScopedActor actor, SaveEvaluationSchemeInput in) {
        SchemePolicy.manage(actor).orThrow();
        SchemeDocument document = document(in.indicators);
        return managed(actor, in.id).call(this::requireEditable).chain(s -> {
            requireVersion(s, in.version);
            return previous(actor, in.previousSchemeId, s.year).chain(previous -> {
                validate(document, previous);
                SchemeSnapshot before = SchemeSnapshot.of(s);
                s.name = in.name;
                s.previousSchemeId = in.previousSchemeId;
                s.document = document;
                s.totalPoints = SchemeValidation.totalPoints(document);
                s.updatedAt = OffsetDateTime.now();
                return s.<EvaluationScheme>persistAndFlush()
                        .call(saved -> audit.record(actor.actor(), "SCHEME_SAVED", "EvaluationScheme", saved.id, before,
                                SchemeSnapshot.of(saved)));
            });
        });
    }

    @WithTransaction
    public Uni<EvaluationScheme> activate(ScopedActor actor, ActivateEvaluationSchemeInput in) {
        SchemePolicy.manage(actor).orThrow();
        return managed(actor, in.id).chain(s -> {
            if (s.status != SchemeStatus.DRAFT) {
                throw new ConflictException(ACTIVATE_DRAFT);
            }
            requireVersion(s, in.version);
            return previousDocument(s.previousSchemeId).chain(previous -> {
                validate(s.document, previous);
                return EvaluationScheme.find("regionPath = ?1 and year = ?2 and status = ?3", s.regionPath, s.year,
                        SchemeStatus.ACTIVE).<EvaluationScheme>firstResult();
            }).chain(inForce -> supersede(actor, inForce, s)).chain(() -> {
                SchemeSnapshot before = SchemeSnapshot.of(s);
                s.status = SchemeStatus.ACTIVE;
                s.updatedAt = OffsetDateTime.now();
                return s.<EvaluationScheme>persistAndFlush()
                        .call(saved -> audit.record(actor.actor(), "SCHEME_ACTIVATED", "EvaluationScheme", saved.id, before,
                                SchemeSnapshot.of(saved)));
            });
        });
    }

    /** The version in force is superseded by the one being activated (flushed first: one ACTIVE per region and year). */
    private Uni<Void> supersede(ScopedActor actor, EvaluationScheme inForce, EvaluationScheme by) {
        if (inForce == null) {
            return Uni.createFrom().voidItem();
        }
        SchemeSnapshot before = SchemeSnapshot.of(inForce);
        inForce.status = SchemeStatus.SUPERSEDED;
        inForce.supersededById = by.id;
        inForce.updatedAt = OffsetDateTime.now();
        return inForce.<EvaluationScheme>persistAndFlush()
                .chain(old -> audit.record(actor.actor(), "SCHEME_SUPERSEDED", "EvaluationScheme", old.id, before,
                        SchemeSnapshot.of(old)));
    }

    /** A new draft version copied from a scheme that can no longer change. */
    @WithTransaction
    public Uni<EvaluationScheme> newVersion(ScopedActor actor, SupersedeEvaluationSchemeInput in) {
        SchemePolicy.manage(actor).orThrow();
        return managed(actor, in.id).chain(source -> roundsUsing(source.id).chain(rounds -> {
            if (source.status == SchemeStatus.DRAFT && rounds == 0) {
                throw new ConflictException(STILL_EDITABLE);
            }
            return nextVersionNo(source.regionPath, source.year).chain(versionNo -> insertDraft(actor, source.regionPath,
                            source.year, versionNo, source.name, source.previousSchemeId, source.document))
                    .call(s -> audit.record(actor.actor(), "SCHEME_VERSION_STARTED", "EvaluationScheme", s.id,
                            Map.of("from", source.id, "fromVersionNo", source.versionNo), SchemeSnapshot.of(s)));
        }));
    }

    /** Inserts a new draft version of the region's scheme for the year. */
    private static Uni<EvaluationScheme> insertDraft(ScopedActor actor, String regionPath, int year, int versionNo, String name,
                                          Long previousSchemeId, SchemeDocument document) {
        EvaluationScheme s = new EvaluationScheme();
        s.regionPath = regionPath;
        s.year = year;
        s.versionNo = versionNo;
        s.name = name;
        s.status = SchemeStatus.DRAFT;
        s.previousSchemeId = previousSchemeId;
        s.document = document;
        s.totalPoints = SchemeValidation.totalPoints(document);
        s.createdByName = actor.actor().displayName();
        s.createdAt = OffsetDateTime.now();
        s.updatedAt = s.createdAt;
        return s.persistAndFlush();
    }

    /** A scheme of the actor's region; NOT_FOUND otherwise. */
    private static Uni<EvaluationScheme> managed(ScopedActor actor, long id) {
        return EvaluationScheme.<EvaluationScheme>findById(id).map(s -> {
            if (s == null || !actor.regionHolds(s.regionPath)) {
                throw new NotFoundException(SchemePolicy.NOT_FOUND);
            }
            return s;
        });
    }

    /** Only a draft no round uses may change. */
    private Uni<Void> requireEditable(EvaluationScheme s) {
        return roundsUsing(s.id).invoke(rounds -> {
            if (rounds > 0) {
                throw new ConflictException(USED_BY_ROUND);
            }
            if (s.status != SchemeStatus.DRAFT) {
                throw new ConflictException(NOT_DRAFT);
            }
        }).replaceWithVoid();
    }

    private static Uni<Long> roundsUsing(long schemeId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                "select count(r) from EvaluationRound r where r.schemeId = :id", Long.class).setParameter("id", schemeId).getSingleResult());
    }

    private static void requireVersion(EvaluationScheme s, int version) {
        if (s.version != version) {
            throw new ConflictException("评估标准已被他人修改（当前版本 " + s.version + "），请刷新后重试 (stale version; current is "
                    + s.version + ")");
        }
    }

    private static Uni<Integer> nextVersionNo(String regionPath, int year) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select coalesce(max(s.versionNo), 0) from EvaluationScheme s where s.regionPath = :region and s.year = :year",
                        Integer.class).setParameter("region", regionPath).setParameter("year", year).getSingleResult())
                .map(max -> max + 1);
    }

    /** Last year's scheme of the region named as the previous one, or null; VALIDATION when it is not that. */
    private static Uni<SchemeDocument> previous(ScopedActor actor, Long previousSchemeId, int year) {
        if (previousSchemeId == null) {
            return Uni.createFrom().nullItem();
        }
        return EvaluationScheme.<EvaluationScheme>findById(previousSchemeId).map(p -> {
            if (p == null || !actor.regionHolds(p.regionPath)) {
                throw new ValidationException("input.previousSchemeId", "上年度评估标准不存在 (no such scheme)");
            }
            if (p.year != year - 1) {
                throw new ValidationException("input.previousSchemeId", "上年度评估标准须为 " + (year - 1) + " 年的标准，而不是 "
                        + p.year + " 年的 (the previous scheme must be of the year before)");
            }
            return p.document;
        });
    }

    private static Uni<SchemeDocument> previousDocument(Long previousSchemeId) {
        return previousSchemeId == null ? Uni.createFrom().nullItem()
                : EvaluationScheme.<EvaluationScheme>findById(previousSchemeId).map(p -> p == null ? null : p.document);
    }

    private static SchemeDocument document(List<IndicatorInput> indicators) {
        return new SchemeDocument(indicators.stream().map(IndicatorInput::toNode).toList());
    }

    /** Refuses the scheme with every error, when it has any. */
    private void validate(SchemeDocument document, SchemeDocument previous) {
        List<SchemeError> errors = SchemeValidation.validate(document, previous, registry());
        if (!errors.isEmpty()) {
            throw new SchemeValidationException(errors);
        }
    }

    /** The registered computations with the parameters each declares. */
    Map<String, List<ParamSpec>> registry() {
        Map<String, List<ParamSpec>> registry = new LinkedHashMap<>();
        for (Computation c : computations.all()) {
            registry.put(c.name(), c.parameters());
        }
        return registry;
    }
}
