package cn.lvzhi.evaluation.sanding;

/** How a department performed one duty of its mandate in a round (三定执行情况), as 编办 finds it. */
public enum Verdict {
    /** 履行到位. */
    FULFILLED,
    /** 缺位: the duty was not performed. */
    ABSENT,
    /** 越位: performed beyond what the mandate gives the department. */
    OVERSTEP,
    /** 错位: performed by another unit, which the finding names. */
    MISPLACED;

    /** The Chinese word, for problem descriptions and evidence notes. */
    public String word() {
        return switch (this) {
            case FULFILLED -> "履行到位";
            case ABSENT -> "缺位";
            case OVERSTEP -> "越位";
            case MISPLACED -> "错位";
        };
    }
}
