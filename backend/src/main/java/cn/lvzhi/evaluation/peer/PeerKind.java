package cn.lvzhi.evaluation.peer;

import cn.lvzhi.evaluation.EvaluationCategory;

/** Which side of peer assessment (互评) a unit of a round is on: a department (部门) or a township (乡镇/街道). */
public enum PeerKind {
    DEPARTMENT,
    TOWNSHIP;

    /** The kind of a unit scored in this category (townships are one category; every other category is a department). */
    public static PeerKind of(EvaluationCategory category) {
        return category == EvaluationCategory.TOWNSHIP ? TOWNSHIP : DEPARTMENT;
    }
}
