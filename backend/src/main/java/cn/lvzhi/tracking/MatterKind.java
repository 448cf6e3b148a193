package cn.lvzhi.tracking;

/** The kind of an establishment matter (机构编制事项类别); each kind has its own template. */
public enum MatterKind {
    /** 设立 */
    SET_UP,
    /** 变更 */
    CHANGE,
    /** 合并 */
    MERGE,
    /** 撤销 */
    ABOLISH
}
