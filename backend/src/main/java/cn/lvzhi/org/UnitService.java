package cn.lvzhi.org;

import cn.lvzhi.audit.AuditLog;
import cn.lvzhi.common.ConflictException;
import cn.lvzhi.common.NotFoundException;
import cn.lvzhi.common.Texts;
import cn.lvzhi.common.ValidationException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/** Maintains the organisation tree (组织机构维护): validation, the region rule, versioning and the audit trail. */
@ApplicationScoped
public class UnitService {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");
    static final String ENTITY = "Unit";

    /** What the audit trail keeps of a unit. */
    record Snapshot(String code, String name, UnitKind kind, UnitLevel level, UnitCategory category,
                    String creditCode, Long parentId, int version) {
        static Snapshot of(Unit u) {
            return new Snapshot(u.code, u.name, u.kind, u.level, u.category, u.creditCode, u.parentId, u.version);
        }
    }

    private final AuditLog audit;
    private final UnitPlaces places;
    private final UnitChanges changes;

    public UnitService(AuditLog audit, UnitPlaces places, UnitChanges changes) {
        this.changes = changes;
        this.audit = audit;
        this.places = places;
    }

    @WithTransaction
    public Uni<Unit> create(ScopedActor actor, CreateUnitInput input) {
        String code = requireCode(input.code);
        String name = requireName(input.name);
        String creditCode = normaliseCreditCode(input.creditCode);
        return Unit.<Unit>findById(input.parentId)
                .onItem().ifNull().failWith(() -> new ValidationException("input.parentId", "上级单位不存在 (parent unit not found)"))
                .invoke(parent -> OrgPolicy.maintain(actor, parent.path).orThrow())
                .chain(parent -> requireUnique(code, creditCode, null)
                        .chain(() -> requireUniqueSiblingName(parent.id, name, null))
                        .chain(() -> {
                            Unit unit = new Unit();
                            unit.code = code;
                            unit.name = name;
                            unit.kind = input.kind;
                            unit.level = input.level;
                            unit.category = input.category;
                            unit.creditCode = creditCode;
                            unit.parentId = parent.id;
                            unit.depth = parent.depth + 1;
                            unit.path = parent.path; // completed below once the id is known
                            unit.updatedAt = OffsetDateTime.now();
                            return unit.<Unit>persistAndFlush();
                        }))
                .chain(unit -> {
                    unit.path = unit.path + unit.id + "/";
                    return Panache.getSession().chain(s -> s.flush()).replaceWith(unit);
                })
                .call(unit -> audit.record(actor.actor(), "UNIT_CREATED", ENTITY, unit.id, null, Snapshot.of(unit)))
                .call(changes::announce)
                .invoke(places::forgetAll);
    }

    @WithTransaction
    public Uni<Unit> update(ScopedActor actor, UpdateUnitInput input) {
        String name = input.name == null ? null : requireName(input.name);
        String creditCode = input.creditCode == null ? null : normaliseCreditCode(input.creditCode);
        return Unit.<Unit>findById(input.id)
                .onItem().ifNull().failWith(() -> new NotFoundException("单位不存在 (unit not found)"))
                .invoke(unit -> {
                    OrgPolicy.maintain(actor, unit.path).orThrow();
                    if (unit.version != input.version) {
                        throw new ConflictException("单位已被他人修改（当前版本 " + unit.version
                                + "），请刷新后重试 (stale version; current is " + unit.version + ")");
                    }
                })
                .chain(unit -> (creditCode == null || creditCode.equals(unit.creditCode)
                        ? Uni.createFrom().voidItem() : requireUnique(null, creditCode, unit.id))
                        .chain(() -> name == null || name.equals(unit.name) || unit.parentId == null
                                ? Uni.createFrom().voidItem() : requireUniqueSiblingName(unit.parentId, name, unit.id))
                        .chain(() -> {
                            Snapshot before = Snapshot.of(unit);
                            if (name != null) {
                                unit.name = name;
                            }
                            if (input.category != null) {
                                unit.category = input.category;
                            }
                            if (input.creditCode != null) {
                                unit.creditCode = creditCode.isEmpty() ? null : creditCode;
                            }
                            unit.updatedAt = OffsetDateTime.now();
                            return unit.<Unit>persistAndFlush()
                                    .call(saved -> audit.record(actor.actor(), "UNIT_UPDATED", ENTITY, saved.id, before,
                                            Snapshot.of(saved)));
                        }))
                .call(changes::announce)
                .invoke(places::forgetAll);
    }

    private Uni<Void> requireUnique(String code, String creditCode, Long exceptId) {
        Uni<Void> codeCheck = code == null ? Uni.createFrom().voidItem()
                : Unit.count("code", code).invoke(n -> {
                    if (n > 0) {
                        throw new ConflictException("单位编码 " + code + " 已存在 (unit code already exists)");
                    }
                }).replaceWithVoid();
        return codeCheck.chain(() -> creditCode == null || creditCode.isEmpty() ? Uni.createFrom().voidItem()
                : Unit.count("creditCode = ?1 and id <> ?2", creditCode, exceptId == null ? -1L : exceptId).invoke(n -> {
                    if (n > 0) {
                        throw new ConflictException("统一社会信用代码已被其他单位使用 (credit code already used by another unit)");
                    }
                }).replaceWithVoid());
    }

    private Uni<Void> requireUniqueSiblingName(long parentId, String name, Long exceptId) {
        return Unit.count("parentId = ?1 and name = ?2 and id <> ?3", parentId, name, exceptId == null ? -1L : exceptId)
                .invoke(n -> {
                    if (n > 0) {
                        throw new ConflictException("同一上级单位下已有名为 " + name + " 的单位 (a sibling has this name)");
                    }
                }).replaceWithVoid();
    }

    static String requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ValidationException("input.code",
                    "单位编码须由大写字母、数字和连字符组成，最长 64 位 (code: A-Z, 0-9 and '-', at most 64)");
        }
        return code;
    }

    static String requireName(String name) {
        return Texts.name("input.name", name, true, 200, "单位名称");
    }

    /** Upper-cases and checks a credit code; an empty string stays empty (it clears the field on update). */
    static String normaliseCreditCode(String creditCode) {
        if (creditCode == null) {
            return null;
        }
        String c = creditCode.strip().toUpperCase(Locale.ROOT);
        if (!c.isEmpty() && !CreditCode.isValid(c)) {
            throw new ValidationException("input.creditCode",
                    "统一社会信用代码无效：须为 18 位且校验位正确 (invalid credit code: 18 characters with a GB 32100 check digit)");
        }
        return c;
    }
}
