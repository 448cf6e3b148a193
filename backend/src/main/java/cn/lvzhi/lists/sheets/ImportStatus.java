package cn.lvzhi.lists.sheets;

/** Where an import (清单导入) stands. */
public enum ImportStatus {
    /** 正在导入: every row passed the checks and is being written. */
    IMPORTING,
    /** 导入成功: every row was applied. */
    SUCCEEDED,
    /** 导入失败: nothing was written; the errors say why. */
    FAILED
}
