package cn.lvzhi.cases;

/** The part a handler plays in a dispatch. */
public enum DispatchRole {
    /** 牵头. */
    LEAD,
    /** 协同. */
    CO_OPERATE
}
