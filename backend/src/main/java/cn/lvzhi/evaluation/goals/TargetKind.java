package cn.lvzhi.evaluation.goals;

/** How a goal's target is measured: a quantity with its unit (件、次、%), or a qualitative description. */
public enum TargetKind {
    QUANTITY,
    QUALITATIVE
}
