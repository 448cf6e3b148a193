package cn.lvzhi.mandates;

import cn.lvzhi.common.ValidationException;

/** Checks on mandate input; each failure names the input field. */
final class MandateValidation {
    static final int MAX_POSTS = 100_000;

    private MandateValidation() {
    }

    static int ordinal(Integer ordinal) {
        if (ordinal == null || ordinal < 1 || ordinal > 999) {
            throw new ValidationException("input.ordinal", "条目序号须在 1 至 999 之间 (ordinal must be 1..999)");
        }
        return ordinal;
    }

    /** A transfer names the other unit; any other change status names none. */
    static void transfer(DutyChangeStatus status, Long relatedUnitId, long unitId) {
        if (status.transfer() && relatedUnitId == null) {
            throw new ValidationException("input.relatedUnitId", "划入、划出职责须指明来源或去向单位 (a transfer names the other unit)");
        }
        if (!status.transfer() && relatedUnitId != null) {
            throw new ValidationException("input.relatedUnitId", "只有划入、划出职责指明来源或去向单位 (only transfers name another unit)");
        }
        if (relatedUnitId != null && relatedUnitId == unitId) {
            throw new ValidationException("input.relatedUnitId", "来源或去向单位不能是本单位 (a duty is not transferred to itself)");
        }
    }

    static StaffingFigures figures(ChangeStaffingInput in) {
        StaffingFigures f = new StaffingFigures(
                posts("input.administrativePosts", in.administrativePosts, "行政编制"),
                posts("input.institutionalPosts", in.institutionalPosts, "事业编制"),
                posts("input.serviceWorkerPosts", in.serviceWorkerPosts, "工勤编制"),
                posts("input.leaderPosts", in.leaderPosts, "领导职数"),
                posts("input.actualHeadcount", in.actualHeadcount, "实有人数"));
        if (f.leaderPosts() > f.administrativePosts() + f.institutionalPosts()) {
            throw new ValidationException("input.leaderPosts", "领导职数不能超过行政编制与事业编制之和 (leader posts exceed the approved posts)");
        }
        return f;
    }

    private static int posts(String field, Integer value, String label) {
        if (value == null || value < 0 || value > MAX_POSTS) {
            throw new ValidationException(field, label + "须为 0 至 " + MAX_POSTS + " 之间的整数 (must be 0.." + MAX_POSTS + ")");
        }
        return value;
    }
}
