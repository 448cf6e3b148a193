package cn.lvzhi.lists;

/** Which list (清单) an item belongs to; DOMAIN.md §2. */
public enum ListKind {
    /** 权责清单: a power item (权责事项) with its supervision duties. */
    POWER,
    /** 职责任务清单: an internal office's task (科室工作任务) with process steps and work norm. */
    DUTY_TASK,
    /** 职责边界清单: a grey zone between units (职责边界事项). */
    BOUNDARY,
    /** 属地管理事项清单: a department's statutory duty that needs the township's help. */
    TERRITORIAL,
    /** “一件事”协同清单: joint supervision or joint service across units. */
    COLLABORATION,
    /** 村级清单: duties of a village by law, or work it assists with. */
    VILLAGE
}
