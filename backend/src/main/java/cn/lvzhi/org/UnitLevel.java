package cn.lvzhi.org;

/** Administrative level (层级) a unit belongs to. */
public enum UnitLevel {
    /** 市级. */
    CITY,
    /** 县(区)级. */
    COUNTY,
    /** 乡(镇、街道)级. */
    TOWNSHIP,
    /** 村(社区)级. */
    VILLAGE
}
