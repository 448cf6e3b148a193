package cn.lvzhi.evaluation.forms;

import cn.lvzhi.evaluation.SubmissionForm;

/** The Chinese names of the “1+3” forms, as messages and proposals quote them. */
public final class FormLabels {
    private FormLabels() {
    }

    public static String of(SubmissionForm form) {
        return switch (form) {
            case OPERATION_RESULTS -> "年度职能运行成效表";
            case BOUNDARY_PERFORMANCE -> "部门间职责边界履职表";
            case OFFICE_SUGGESTIONS -> "内设机构职责调整建议表";
            default -> form.name();
        };
    }
}
