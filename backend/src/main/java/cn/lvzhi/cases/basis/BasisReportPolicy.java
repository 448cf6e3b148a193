package cn.lvzhi.cases.basis;

import cn.lvzhi.common.ForbiddenException;
import cn.lvzhi.org.ScopedActor;
import cn.lvzhi.security.Role;

/**
 * Who reads the legal-basis reports (办理依据报表) of which department — the one place of that rule, for the query
 * and the download alike. The establishment office, leaders and the district command centre read every department
 * of their region (all at once, or one); a department (or township) reads its own; nobody else reads any.
 */
public final class BasisReportPolicy {
    static final String REFUSED = "只有编办、领导、区指挥中心和部门可以查看办理依据报表"
            + " (only the establishment office, leaders, the district command centre and departments read these reports)";
    static final String OWN_ONLY = "部门只能查看本部门的办理依据报表 (a department reads its own report)";
    static final String OUTSIDE = "只能查看本区域部门的办理依据报表 (departments of the region only)";

    /** The units a report covers: those at or below {@code path}; {@code unitId} the one department, or null for all. */
    public record Scope(String path, Long unitId) {
    }

    private BasisReportPolicy() {
    }

    /** True when the actor reads every department of its region. */
    public static boolean seesAll(ScopedActor a) {
        return (a.has(Role.LEADER) || a.has(Role.ESTABLISHMENT_OFFICE) || a.isDistrictCommandCentre()) && a.regionPath() != null;
    }

    /**
     * The scope of a report the actor asks for: of the department with this id and path, or (both null) of every
     * department it may read. FORBIDDEN with the reason otherwise.
     */
    public static Scope scope(ScopedActor a, Long unitId, String unitPath) {
        if (seesAll(a)) {
            if (unitId == null) {
                return new Scope(a.regionPath(), null);
            }
            if (!a.regionHolds(unitPath)) {
                throw new ForbiddenException(OUTSIDE);
            }
            return new Scope(unitPath, unitId);
        }
        if (a.has(Role.DEPARTMENT) || a.has(Role.TOWNSHIP)) {
            if (unitId != null && unitId != a.unitId()) {
                throw new ForbiddenException(OWN_ONLY);
            }
            return new Scope(a.unitPath(), a.unitId());
        }
        throw new ForbiddenException(REFUSED);
    }
}
