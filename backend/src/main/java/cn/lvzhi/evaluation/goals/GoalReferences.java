package cn.lvzhi.evaluation.goals;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.evaluation.goals.inputs.GoalContentInput;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.mandates.Duty;
import cn.lvzhi.org.Unit;
import cn.lvzhi.org.UnitKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a goal names outside itself, checked against the goal's unit inside the writing transaction: the 三定 duty is
 * one of the unit's own in force, the power item a POWER item of the unit, the office one of its internal offices.
 */
@ApplicationScoped
class GoalReferences {

    Uni<Void> check(long unitId, GoalContentInput c) {
        Uni<Void> duty = c.dutyId == null ? Uni.createFrom().voidItem() : Duty.<Duty>findById(c.dutyId).invoke(d -> {
            if (d == null || d.unitId != unitId) {
                throw new ValidationException("input.content.dutyId", "须选择本单位三定规定的职责 (the duty must be one of the unit's own mandate)");
            }
            if (GoalReads.GONE.contains(d.changeStatus)) {
                throw new ValidationException("input.content.dutyId", "该职责已取消或划出，不能再设目标 (the duty was cancelled or transferred out)");
            }
        }).replaceWithVoid();
        Uni<Void> power = c.powerItemId == null ? Uni.createFrom().voidItem() : ListItem.<ListItem>findById(c.powerItemId).invoke(i -> {
            if (i == null || i.kind != ListKind.POWER || i.unitId == null || i.unitId != unitId) {
                throw new ValidationException("input.content.powerItemId", "须选择本单位权力清单中的事项 (a power item of the unit)");
            }
        }).replaceWithVoid();
        Uni<Void> office = c.officeId == null ? Uni.createFrom().voidItem() : Unit.<Unit>findById(c.officeId).invoke(u -> {
            if (u == null || u.kind != UnitKind.INTERNAL_OFFICE || u.parentId == null || u.parentId != unitId) {
                throw new ValidationException("input.content.officeId", "责任科室须为本单位的内设机构 (an internal office of the unit)");
            }
        }).replaceWithVoid();
        return duty.chain(() -> power).chain(() -> office);
    }

    /**
     * The next ordinal of the unit's goals of the year, after locking the unit's row so two drafts at once do not take
     * the same one.
     */
    Uni<Integer> nextOrdinal(long unitId, int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT id FROM unit WHERE id = ?1 FOR UPDATE", Long.class)
                .setParameter(1, unitId).getResultList()
                .chain(() -> s.createSelectionQuery("select max(g.ordinal) from DutyGoal g where g.unitId = :unit and g.year = :year",
                        Integer.class).setParameter("unit", unitId).setParameter("year", year).getSingleResultOrNull())
                .map(max -> max == null ? 1 : max + 1));
    }
}
