package cn.lvzhi.lists;

import cn.lvzhi.common.ValidationException;
import cn.lvzhi.org.UnitLevel;

import java.util.List;

/**
 * The kind-specific content of a list item, stored as JSON with each version. Exactly the part matching the
 * item's {@link ListKind} is set; the others are null.
 */
public record ItemDetails(Power power, DutyTask dutyTask, Boundary boundary, Territorial territorial,
                          Collaboration collaboration, Village village) {

    /**
     * The details of a proposal checked against the item's kind (given on an addition, the item's own on a change),
     * which is why this is not a constraint on the input: each failure is VALIDATION naming the input field.
     */
    public static ItemDetails forKind(ListKind kind, ItemDetails d) {
        if (d == null) {
            throw new ValidationException("input.details", "缺少事项内容 (details required)");
        }
        int parts = count(d.power()) + count(d.dutyTask()) + count(d.boundary()) + count(d.territorial())
                + count(d.collaboration()) + count(d.village());
        Object own = switch (kind) {
            case POWER -> d.power();
            case DUTY_TASK -> d.dutyTask();
            case BOUNDARY -> d.boundary();
            case TERRITORIAL -> d.territorial();
            case COLLABORATION -> d.collaboration();
            case VILLAGE -> d.village();
        };
        if (own == null || parts != 1) {
            throw new ValidationException("input.details", "事项内容须且只能填写与清单类型 " + kind + " 对应的部分 (exactly the " + kind + " part)");
        }
        if (d.power() != null && (d.power().type() == null || d.power().level() == null)) {
            throw new ValidationException("input.details.power", "权责事项须填写权力类型和实施层级 (type and level required)");
        }
        if (d.boundary() != null && d.boundary().scope() == null) {
            throw new ValidationException("input.details.boundary.scope", "须填写边界范围 (scope required)");
        }
        if (d.collaboration() != null && d.collaboration().kind() == null) {
            throw new ValidationException("input.details.collaboration.kind", "须填写协同类型 (kind required)");
        }
        if (d.village() != null && d.village().kind() == null) {
            throw new ValidationException("input.details.village.kind", "须填写村级事项类型 (kind required)");
        }
        return d;
    }

    private static int count(Object part) {
        return part == null ? 0 : 1;
    }

    /** 权责事项: type, legal basis (依据), implementing level, provincial catalogue code, supervision duties (监管责任). */
    public record Power(PowerType type, String legalBasis, UnitLevel level, String catalogueCode,
                        List<String> supervisionDuties) {
    }

    /** 科室工作任务: the mandate duty it derives from, ordered process steps (流程图), work norm (工作规范). */
    public record DutyTask(String mandateDuty, List<Step> steps, String workNorm) {
    }

    /** One step of a process: who (an office's unit code and name), what, within how many working days. */
    public record Step(int order, String actorUnitCode, String action, Integer timeLimitDays) {
    }

    /** A unit taking part, with what it is responsible for. */
    public record Party(String unitCode, String responsibility) {
    }

    /** Scope of a boundary item. */
    public enum BoundaryScope {
        /** 部门间. */
        INTER_DEPARTMENT,
        /** 部门内设机构间. */
        INTER_OFFICE,
        /** 县乡之间. */
        COUNTY_TOWNSHIP
    }

    /** 职责边界事项: lead unit's responsibility, co-operating units, offices, steps, legal basis, batch (第N批). */
    public record Boundary(BoundaryScope scope, String leadResponsibility, List<Party> cooperating,
                           List<String> responsibleOffices, List<String> collaborationSteps, String legalBasis,
                           int batch, String originDisputeCode) {
    }

    /** 属地管理事项: the lead department's (牵头 + 兜底) and the township's (配合) responsibilities. */
    public record Territorial(String leadResponsibility, String townshipResponsibility, boolean custom) {
    }

    /** Kind of a collaboration item. */
    public enum CollaborationKind {
        /** 协同管理 (joint supervision). */
        JOINT_SUPERVISION,
        /** 协同办理 (joint service). */
        JOINT_SERVICE
    }

    /** “一件事”: the seven elements — name (on the item), lead and its duty, co-operators, offices, workflow. */
    public record Collaboration(CollaborationKind kind, String leadResponsibility, List<Party> cooperating,
                                List<String> responsibleOffices, List<String> workflow) {
    }

    /** Kind of a village item. */
    public enum VillageKind {
        /** 依法履行职责事项. */
        STATUTORY,
        /** 协助党委政府工作事项. */
        ASSISTING
    }

    /** 村级事项 with its normalised task wording. */
    public record Village(VillageKind kind, String task) {
    }
}
