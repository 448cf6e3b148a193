package cn.lvzhi.org;

/** What kind of body a unit (单位) is; drives which roles and lists apply to it. */
public enum UnitKind {
    /** 人民政府 (市/区县). */
    REGION_GOVERNMENT,
    /** 政府工作部门. */
    GOVERNMENT_DEPARTMENT,
    /** 党委工作机关. */
    PARTY_DEPARTMENT,
    /** 群团机关. */
    MASS_ORGANISATION,
    /** 事业单位. */
    PUBLIC_INSTITUTION,
    /** 内设机构/科室. */
    INTERNAL_OFFICE,
    /** 镇/街道. */
    TOWNSHIP,
    /** 村. */
    VILLAGE,
    /** 社区. */
    COMMUNITY,
    /** 网格. */
    GRID,
    /** 区综合信息指挥中心. */
    COMMAND_CENTRE,
    /** 乡镇(街道)指挥室. */
    TOWNSHIP_COMMAND_ROOM,
    /** 机构编制委员会办公室 (编办). */
    ESTABLISHMENT_OFFICE,
    /** 机构编制委员会 (编委). */
    ESTABLISHMENT_COMMITTEE,
    /** 纪委监委. */
    DISCIPLINE_OFFICE,
    /** 组织部. */
    ORGANISATION_DEPARTMENT
}
